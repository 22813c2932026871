/**
 * The Check view's bridge to the engine, loaded on first use so the engine
 * weighs nothing on the pane's start-up chunk. Reads the workbook once
 * through its port; checks it again (another language, another day) from
 * what was read.
 */

import { checkWorkbook } from "../../engine/validate";
import { BUILT_IN_PROFILES, type Profile } from "../../engine/profile";
import type { Grid } from "../../engine/grid";
import { type AddinMetadata, type MetadataRead, metadataOf } from "../../engine/metadata";
import type { ValidateReport } from "../../engine/report-types";
import type { Lang } from "../../engine/text/format";
import { writeJson } from "../../engine/report-json";
import type { ReadProgress, WorkbookPort } from "../../workbook/port";
import { type DetectedTable, detectedTable } from "./mapping-view";
import { profileOfMetadata } from "../../engine/profile/stored";

/** A check as the pane shows it: the report with the tables as detected and the profile used. */
export interface PaneCheckOutcome {
  report: ValidateReport;
  tables: DetectedTable[];
  /** Where the workbook's saved profile could not be used, why (the built-in one was). */
  profileError: string | null;
  profile: Profile;
  /** Where the workbook's saved metadata is damaged, the members lost (what still reads was used). */
  metadataDamage: { lost: string[] } | null;
}

export interface Checker {
  check(lang: Lang, asOf: string): PaneCheckOutcome;
  /**
   * After an edit: reads only the edited sheets again and checks the
   * workbook from them and the other sheets as read before (checking is
   * cheap; reading from Excel is not). A sheet added, renamed, moved or
   * removed since, or a port that cannot list its sheets, means the whole
   * workbook is read again.
   */
  reread(sheets: readonly string[]): Promise<Checker>;
}

/** Reads the workbook and its metadata (profile, confirmed mappings). */
export async function readForCheck(
  port: WorkbookPort,
  fileName: string,
  onProgress?: (p: ReadProgress) => void,
): Promise<Checker> {
  const [grids, read] = await Promise.all([port.readGrids(onProgress), port.metadataRead()]);
  return checkerOf(port, fileName, grids, read);
}

function checkerOf(port: WorkbookPort, fileName: string, grids: Grid[], read: MetadataRead): Checker {
  const metadata: AddinMetadata | null = metadataOf(read);
  const metadataDamage = read.kind === "damaged" ? { lost: read.lost } : null;
  const { profile, error } = profileOfMetadata(metadata?.profile, BUILT_IN_PROFILES);
  return {
    reread: async (sheets) => {
      const [fresh, names] = await Promise.all([port.readGrids(undefined, sheets), port.sheetNames?.()]);
      const byName = new Map(fresh.map((g) => [g.sheet, g]));
      const same = names?.join("\n") === grids.map((g) => g.sheet).join("\n");
      if (!same || !sheets.every((s) => byName.has(s))) return readForCheck(port, fileName);
      return checkerOf(
        port,
        fileName,
        grids.map((g) => byName.get(g.sheet) ?? g),
        read,
      );
    },
    check: (lang, asOf) => {
      const { report, tables } = checkWorkbook(grids, {
        file: fileName,
        asOf,
        lang,
        profile,
        mappings: metadata?.mappings,
      });
      const detected = tables.map((t) => detectedTable(t.table));
      return { report, tables: detected, profileError: error, profile, metadataDamage };
    },
  };
}

/** What to colour for a report: the lines that need attention and the cells findings point at. */
export { highlightPlan } from "../../engine/highlight";
export { stampPlan, stampState } from "./stamp-plan";
export { resultsByLeader } from "../../engine/leaders";
export { unitOf } from "../../engine/consolidate/submission";
export { stampStateText } from "../../engine/text/accountability";
export { highlightPlanWithLegend } from "../../engine/highlight-legend";

/** The report as `validate --json` writes it, byte for byte. */
export function reportJson(report: ValidateReport): Blob {
  const chunks: string[] = [];
  writeJson(report, (chunk) => chunks.push(chunk));
  return new Blob(chunks, { type: "application/json" });
}
