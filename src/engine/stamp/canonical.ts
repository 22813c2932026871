/**
 * The plan's content as a commitment stamp fingerprints it: every plan line
 * reduced to what was committed to (code, name, source, allocated, every
 * period, actual to date) and nothing of how the sheet looks, in an order
 * that does not depend on the rows, so formatting, column widths, highlights
 * or a moved row leave it as it was and any changed amount or line does not.
 */

import type { ReportLine, ValidateReport } from "../report-types";

/**
 * One line as stamped: [code, name, source, allocated, planned per period, actual to date, row].
 * The row is kept to point at the line later; it is not part of the fingerprint (a row moved is no change of plan).
 */
export type StampedLine = [string, string, string, number, number[], number | null, number];

/** Text as committed: Unicode NFC (Excel and LibreOffice may store either form of "ệ"), trimmed. */
const canonicalText = (s: string | null): string => (s ?? "").normalize("NFC").trim();

function stampedLine(l: ReportLine): StampedLine {
  return [canonicalText(l.code), canonicalText(l.label), l.source, l.allocated, [...l.planned], l.actualToDate, l.row];
}

/** What the fingerprint covers of a line: all but its row. */
const content = (l: StampedLine): string => JSON.stringify(l.slice(0, 6));

/** Every plan line of the report (item, group and total lines alike), in content order. */
export function stampedLines(report: ValidateReport): StampedLine[] {
  const lines = report.tables.flatMap((t) => t.lines.map(stampedLine));
  return lines.sort((a, b) => (content(a) < content(b) ? -1 : content(a) > content(b) ? 1 : a[6] - b[6]));
}

/** The bytes the fingerprint is taken over: a version line, then one JSON array per line. */
export function canonicalBytes(lines: readonly StampedLine[]): Uint8Array {
  const text = ["ntp-disburse-stamp/1", ...lines.map(content)].join("\n");
  return new TextEncoder().encode(text);
}

/** SHA-256 as the shell provides it (Node's crypto, or Web Crypto in the pane): the engine does no I/O. */
export type Digest = (bytes: Uint8Array) => Promise<Uint8Array>;

export async function fingerprintOf(lines: readonly StampedLine[], digest: Digest): Promise<string> {
  const hash = await digest(canonicalBytes(lines));
  return [...hash].map((b) => b.toString(16).padStart(2, "0")).join("");
}
