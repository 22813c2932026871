/** `ntp-disburse template ALLOCATION.xlsx|.csv --granularity … --out PLAN.xlsx`: a ready plan from an allocation list. */

import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Grid } from "../engine/grid";
import type { Granularity } from "../engine/report-types";
import { AllocationError, allocationFromGrids, planTemplate, templateMetadata } from "../engine/template";
import { formatAmount, type Lang } from "../i18n/format";
import { allocationErrorText } from "../i18n/template";
import { csvToGrid } from "../workbook/file/read-csv";
import { readXlsx } from "../workbook/file/read-xlsx";
import { writeSheetSpecs } from "../workbook/file/write-xlsx";
import { type CliText, type Io, InputError, UsageError, loadProfile, readInput } from "./common";

export const TEMPLATE_OPTIONS = {
  granularity: { type: "string" },
  profile: { type: "string" },
  out: { type: "string" },
  "unit-name": { type: "string" },
} as const;

export interface TemplateArgs {
  files: string[];
  values: { granularity?: string; profile?: string; out?: string; "unit-name"?: string };
}

const GRANULARITIES: readonly Granularity[] = ["month", "quarter", "month+quarter"];

async function readAllocationGrids(file: string, t: CliText): Promise<Grid[]> {
  const bytes = readInput(file, t);
  if (/\.csv$/i.test(file)) return [csvToGrid(bytes, basename(file).replace(/\.csv$/i, ""))];
  return readXlsx(bytes, file);
}

export async function runTemplate({ files, values }: TemplateArgs, io: Io, lang: Lang, t: CliText): Promise<number> {
  if (files.length !== 1) throw new UsageError(t.needAllocation);
  const granularity = values.granularity as Granularity | undefined;
  if (granularity === undefined || !GRANULARITIES.includes(granularity)) throw new UsageError(t.badGranularity);
  if (values.out === undefined) throw new UsageError(t.needOut);
  const [file, out] = [files[0], values.out];
  if (resolve(out) === resolve(file)) throw new InputError(out, t.outIsInput);
  const profile = loadProfile(values.profile, t);
  const grids = await readAllocationGrids(file, t);
  let allocation;
  try {
    allocation = allocationFromGrids(grids, profile.year);
  } catch (e) {
    if (e instanceof AllocationError) throw new InputError(file, allocationErrorText(e, lang));
    throw e;
  }
  const template = planTemplate(allocation, { granularity, profile, unitName: values["unit-name"] });
  const bytes = await writeSheetSpecs([template.spec], { metadata: templateMetadata(profile, granularity) });
  try {
    writeFileSync(out, bytes);
  } catch (e) {
    throw new InputError(out, `${t.cannotWrite} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const total = template.lines.reduce((s, l) => s + l.allocated, 0);
  io.stdout(
    `${t.templateWritten(out, template.lines.length, allocation.items.length, t.granularity[granularity], formatAmount(total, allocation.unit, lang))}\n`,
  );
  return 0;
}
