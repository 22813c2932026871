/** `ntp-disburse template ALLOCATION.xlsx|.csv --granularity … --out PLAN.xlsx`: a ready plan from an allocation list. */

import { basename } from "node:path";
import type { Grid } from "../engine/grid";
import type { Granularity } from "../engine/report-types";
import { AllocationError, allocationFromGrids, planTemplate, templateMetadata } from "../engine/template";
import { formatAmount, type Lang } from "../engine/text/format";
import { allocationErrorText } from "../i18n/template";
import { csvToGrid } from "../workbook/file/read-csv";
import { readXlsx } from "../workbook/file/read-xlsx";
import { WorkbookReadError } from "../workbook/file/read-error";
import { writeSheetSpecs } from "../workbook/file/write-xlsx";
import {
  type CliText,
  type Io,
  InputError,
  UsageError,
  asOfDay,
  profileFor,
  readInput,
  requiredOut,
  writeOutput,
} from "./common";
import { type CommandArgs, SHARED_OPTIONS } from "./options";

export const TEMPLATE_OPTIONS = {
  granularity: { type: "string" },
  "unit-name": { type: "string" },
  ...SHARED_OPTIONS,
} as const;

export type TemplateArgs = CommandArgs<typeof TEMPLATE_OPTIONS>;

const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "month+quarter"];

/** The allocation list's sheets, and its bytes when it is a workbook (which may carry a profile). */
async function readAllocation(file: string, t: CliText): Promise<{ grids: Grid[]; workbook: Uint8Array | null }> {
  const bytes = readInput(file, t);
  if (/\.csv$/i.test(file)) return { grids: [csvToGrid(bytes, basename(file).replace(/\.csv$/i, ""))], workbook: null };
  try {
    return { grids: await readXlsx(bytes, file), workbook: bytes };
  } catch (e) {
    // The reader knows only workbooks; a list may also be a CSV, so say both.
    if (e instanceof WorkbookReadError && e.code === "not-xlsx") throw new InputError(file, t.notAllocationFile);
    throw e;
  }
}

export async function runTemplate({ files, values }: TemplateArgs, io: Io, lang: Lang, t: CliText): Promise<number> {
  if (files.length !== 1) throw new UsageError(t.needAllocation);
  const granularity = values.granularity as Granularity | undefined;
  if (granularity === undefined || !GRANULARITIES.includes(granularity)) throw new UsageError(t.badGranularity);
  const file = files[0];
  const out = requiredOut(values.out, [file], t);
  // The report day the plan carries, only when given: a blank one judges nothing yet (never today's date).
  const asOf = values["as-of"] === undefined ? undefined : asOfDay(values["as-of"], io, t);
  const { grids, workbook } = await readAllocation(file, t);
  const profile = await profileFor(values.profile, file, workbook, io, t);
  let allocation;
  try {
    allocation = allocationFromGrids(grids, profile.year);
  } catch (e) {
    if (e instanceof AllocationError) throw new InputError(file, allocationErrorText(e, lang));
    throw e;
  }
  const template = planTemplate(allocation, { granularity, profile, unitName: values["unit-name"], asOf });
  const bytes = await writeSheetSpecs([template.spec], { metadata: templateMetadata(profile, granularity) });
  writeOutput(out, bytes, [file], t);
  const total = template.lines.reduce((s, l) => s + l.allocated, 0);
  io.stdout(
    `${t.templateWritten(out, template.lines.length, allocation.items.length, t.granularity[granularity], formatAmount(total, allocation.unit, lang))}\n`,
  );
  return 0;
}
