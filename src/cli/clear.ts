/**
 * `ntp-disburse clear FILE.xlsx --out CLEAN.xlsx`: a copy of a highlighted
 * workbook (one `validate --out` or the pane's file mode wrote, or one saved
 * from Excel with the add-in's marks) without the add-in's conditional
 * formats, their styles and its legend sheet; every other part as it was.
 * For a copy that travelled without the add-in, where Excel's "Clear" is not
 * at hand. The input is never written.
 */

import { clearXlsxHighlights } from "../workbook/file/highlight-xlsx";
import { openXlsxPackage } from "../workbook/file/read-xlsx";
import type { Lang } from "../engine/text/format";
import { type CliText, type Io, UsageError, readInput, requiredOut, writeOutput } from "./common";
import type { CommandArgs } from "./options";

export const CLEAR_OPTIONS = { out: { type: "string" } } as const;

export type ClearArgs = CommandArgs<typeof CLEAR_OPTIONS>;

export async function runClear({ files, values }: ClearArgs, io: Io, _lang: Lang, t: CliText): Promise<number> {
  if (files.length !== 1) throw new UsageError(t.needFile);
  const file = files[0];
  const out = requiredOut(values.out, [file], t);
  const bytes = readInput(file, t);
  openXlsxPackage(bytes, file); // what the file is, when it is no workbook, before any copying
  const cleared = await clearXlsxHighlights(bytes);
  writeOutput(out, cleared, [file], t);
  io.stdout(`${t.wroteCleared(out)}\n`);
  return 0;
}
