/**
 * An allocation list typed in by hand (the task pane's Plan view) instead of
 * read from an annex: lines of headings (programme, project, sub-project)
 * and items, nested by their depth, each item with one source and the
 * capital allocated from it as typed. The result is the same AllocationList
 * a file gives, so the same planTemplate makes the plan; nothing is guessed,
 * and every field that cannot be used is named.
 */

import { programmeOf } from "../detect/sources";
import { type Notation, parseNumberText, shiftDecimal, MONEY_UNIT_EXPONENT } from "../money";
import type { ProgrammeId, MoneyUnit } from "../report-types";
import { normalize } from "../text";
import { type AllocationItem, type AllocationList, mergeSameLine } from "./allocation";

export interface TypedLine {
  kind: "heading" | "item";
  /** 0 at the top; a line may be at most one level below the heading above it. */
  depth: number;
  name: string;
  code: string;
  owner: string;
  leader: string;
  /** A source id of the profile; items only. */
  source: string;
  /** The allocated capital as typed, in the list's unit ("1.250,5"); items only. */
  amount: string;
}

export type TypedField = "name" | "amount" | "source" | "depth";

export type TypedProblemKind =
  | "missing"
  | "not-a-number"
  | "negative"
  | "zero"
  | "too-precise"
  | "unknown-source"
  | "repeated-source"
  | "too-deep"
  | "empty-heading";

export interface TypedProblem {
  /** Index of the line in the list; null for the list as a whole (no line with capital). */
  line: number | null;
  field: TypedField | null;
  kind: TypedProblemKind | "no-lines";
}

export interface TypedOptions {
  /** The unit the amounts are typed in. */
  unit: MoneyUnit;
  /** How ambiguous amounts ("12.000") are read: the user's language. */
  notation: Notation;
  /** The profile's source ids, the only ones a line may take. */
  sources: readonly string[];
}

/** The list, or null and every problem found in it. */
export interface TypedAllocation {
  allocation: AllocationList | null;
  problems: TypedProblem[];
}

/**
 * For each line, the deepest level it may take under the lines above it:
 * one below the nearest heading still open, where a line closes every
 * heading at its own depth or deeper. A line deeper than that belongs to no
 * heading; the editor clamps it, the list refuses it.
 */
export function depthLimits(lines: readonly Pick<TypedLine, "kind" | "depth">[]): number[] {
  const limits: number[] = [];
  let open = 0;
  for (const line of lines) {
    limits.push(open);
    const depth = Math.min(Math.max(0, line.depth), open);
    open = line.kind === "heading" ? depth + 1 : depth;
  }
  return limits;
}

type AmountCheck = { dong: number } | { problem: TypedProblemKind };

/** An amount as typed, to integer đồng exactly: finer than one đồng is refused, not rounded. */
function typedAmount(text: string, unit: MoneyUnit, notation: Notation): AmountCheck {
  if (text.trim() === "") return { problem: "missing" };
  const numeral = parseNumberText(text, notation);
  if (numeral === null) return { problem: "not-a-number" };
  if (numeral.startsWith("-") && /[1-9]/.test(numeral)) return { problem: "negative" };
  if ((numeral.split(".")[1] ?? "").replace(/0+$/, "").length > MONEY_UNIT_EXPONENT[unit])
    return { problem: "too-precise" };
  const dong = shiftDecimal(numeral, MONEY_UNIT_EXPONENT[unit]);
  if (dong === null) return { problem: "not-a-number" };
  return dong === 0 ? { problem: "zero" } : { dong };
}

/** The typed lines as an allocation list, or every problem in them (by line and field). */
export function allocationFromTyped(lines: readonly TypedLine[], options: TypedOptions): TypedAllocation {
  const problems: TypedProblem[] = [];
  const flag = (line: number, field: TypedField, kind: TypedProblemKind): void => {
    problems.push({ line, field, kind });
  };
  const limits = depthLimits(lines);
  const items: AllocationItem[] = [];
  const sourcesOf = new Map<string, Set<string>>();
  /** Open headings, outermost first, with the index of their line and how many items they hold. */
  const chain: { name: string; line: number; items: number }[] = [];
  const headings: typeof chain = [];
  let programme: ProgrammeId | null = null;

  lines.forEach((line, i) => {
    const name = line.name.trim();
    if (line.depth < 0 || line.depth > limits[i]) flag(i, "depth", "too-deep");
    chain.length = Math.min(Math.max(0, line.depth), limits[i]);
    if (name === "") flag(i, "name", "missing");
    programme ??= programmeOf(normalize(name));
    if (line.kind === "heading") {
      const heading = { name, line: i, items: 0 };
      chain.push(heading);
      headings.push(heading);
      return;
    }
    const amount = typedAmount(line.amount, options.unit, options.notation);
    if ("problem" in amount) flag(i, "amount", amount.problem);
    const path = chain.map((h) => h.name);
    const code = line.code.trim() || null;
    const key = JSON.stringify([path, name, code]);
    const seen = sourcesOf.get(key) ?? new Set<string>();
    sourcesOf.set(key, seen);
    if (!options.sources.includes(line.source)) flag(i, "source", "unknown-source");
    else if (seen.has(line.source)) flag(i, "source", "repeated-source");
    seen.add(line.source);
    for (const h of chain) h.items++;
    if (!("dong" in amount)) return;
    items.push({
      path,
      label: name,
      code,
      owner: line.owner.trim() || null,
      leader: line.leader.trim() || null,
      sources: [{ source: line.source, allocated: amount.dong }],
    });
  });
  for (const h of headings) if (h.items === 0) flag(h.line, "name", "empty-heading");
  if (!lines.some((l) => l.kind === "item")) problems.push({ line: null, field: null, kind: "no-lines" });
  if (problems.length > 0) return { allocation: null, problems };
  return { allocation: { items: mergeSameLine(items), unit: options.unit, programme, sheets: [] }, problems: [] };
}
