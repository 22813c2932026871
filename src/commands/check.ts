/**
 * "Check now" without the pane: read the workbook, validate it against the
 * profile saved in it (the built-in one otherwise) as of the given day,
 * highlight what needs attention, and keep a short summary of the check in
 * the workbook's metadata (`lastCheck`) for the pane to show when opened: a
 * ribbon function has no surface of its own to write on.
 */

import type { WorkbookPort } from "../workbook/port";
import type { ValidateReport } from "../engine/report-types";
import { validateWorkbook } from "../engine/validate";
import { highlightPlan } from "../engine/highlight";
import { BUILT_IN_PROFILES } from "../engine/profile";
import { profileOfMetadata } from "../engine/profile/stored";
import type { Lang } from "../engine/text/format";
import { officeText } from "../i18n/office";
import { ui } from "../i18n/ui";

export interface LastCheck {
  at: string;
  asOf: string;
  lines: number;
  highlighted: number;
  errors: number;
}

/** A check as the ribbon command ends it: the report and the one summary line it shows. */
export interface RibbonCheckOutcome {
  report: ValidateReport;
  /** The summary to show, in `lang`. */
  text: string;
}

export async function checkAndHighlight(
  port: WorkbookPort,
  options: { file: string; asOf: string; lang: Lang; now: Date },
): Promise<RibbonCheckOutcome> {
  const grids = await port.readGrids();
  const meta = await port.loadMetadata();
  // A stored profile that no longer loads is not a reason to stop: the built-in one is used, as in the pane.
  const { profile, error } = profileOfMetadata(meta?.profile, BUILT_IN_PROFILES);
  const report = validateWorkbook(grids, { file: options.file, asOf: options.asOf, lang: options.lang, profile });
  const plan = highlightPlan(report);
  await port.applyHighlights(plan);
  const s = report.summary;
  const highlighted = s.lines - s.byStatus.ok;
  const lastCheck: LastCheck = {
    at: options.now.toISOString(),
    asOf: options.asOf,
    lines: s.lines,
    highlighted,
    errors: s.errors,
  };
  // applyHighlights recorded what it marked; keep that and add the summary.
  const after = (await port.loadMetadata()) ?? { version: 1 };
  await port.saveMetadata({ ...after, lastCheck });
  const done =
    report.tables.length === 0
      ? officeText.noTables[options.lang]
      : officeText.checkDone(s.lines, highlighted, s.errors, options.lang);
  const text = [error === null ? null : ui[options.lang].profileNotUsed(error), done, ...(port.notes ?? [])]
    .filter((part) => part !== null)
    .join(" ");
  return { report, text };
}
