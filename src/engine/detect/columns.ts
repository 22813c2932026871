/**
 * Column roles from header paths, then checked against the data under them.
 */

import { normalize } from "../text";
import { sourceOf } from "./sources";
import { type TreasuryRole, treasuryRoleOf } from "./treasury-roles";
import {
  Part,
  actualOrPlan,
  isCodeHeader,
  isCumulativeHeader,
  isLabelHeader,
  isLeaderHeader,
  isNoteHeader,
  isObstacleHeader,
  isRecommendationHeader,
  isOwnerHeader,
  isRateHeader,
  isSourceColumnHeader,
  isStt,
  isTotalHeader,
  monthIn,
  partOf,
  quarterIn,
  speaksOfAllocation,
  withoutPaymentYear,
  speaksOfDisbursement,
} from "./vocabulary";

export type Role =
  | "stt"
  | "label"
  | "code"
  | "owner"
  | "leader"
  | "source"
  | "note"
  | "obstacle"
  | "recommendation"
  | "allocated"
  | "planned"
  | "planned-total"
  | "actual"
  | "rate"
  | "cumulative"
  | "amount"
  | TreasuryRole
  | "other";

export interface ColumnInfo {
  col: number;
  role: Role;
  /** For planned and actual columns of one period: the month (1–12) or quarter (1–4). */
  month: number | null;
  quarter: number | null;
  /** The capital source the header names, if any. */
  source: string | null;
  part: Part;
  /** 0..1: how sure detection is of the role. */
  confidence: number;
  /** The header as written, for the mapping view and messages. */
  title: string;
}

const AMOUNT_ROLES: ReadonlySet<Role> = new Set(["allocated", "planned", "planned-total", "actual", "amount"]);

export function isAmountRole(role: Role): boolean {
  return AMOUNT_ROLES.has(role);
}

/** A role and how sure detection is of it. */
interface Judged {
  role: Role;
  confidence: number;
}

const judged = (role: Role, confidence: number): Judged => ({ role, confidence });

/** Classifies one column by its header path (normalized segments, outermost first). */
export function classifyColumn(col: number, path: string[], title: string): ColumnInfo {
  const info: ColumnInfo = {
    col,
    role: "other",
    month: null,
    quarter: null,
    source: null,
    part: null,
    confidence: 0,
    title,
  };
  if (path.length === 0) return info;
  const named = namedRole(path);
  if (named !== null) return Object.assign(info, named);
  Object.assign(info, periodIn(path));
  for (const seg of path) info.source ??= sourceOf(withoutPaymentYear(seg));
  for (let i = path.length - 1; i >= 0 && info.part === null; i--) info.part = partOf(path[i]);
  return Object.assign(info, figureRole(path, info));
}

/** Roles the leaf header names outright: STT, notes, codes, owners, treasury columns and the like. */
function namedRole(path: string[]): Judged | null {
  const leaf = path[path.length - 1];
  if (isStt(leaf)) return judged("stt", 0.95);
  if (isNoteHeader(leaf)) return judged("note", 0.95);
  if (isObstacleHeader(leaf)) return judged("obstacle", 0.9);
  // "Vốn đề xuất điều chỉnh", "Đề xuất tháng 6" are amounts, not requests.
  const speaksOfMoney = /\d/.test(leaf) || speaksOfAllocation(leaf) || speaksOfDisbursement(leaf);
  if (isRecommendationHeader(leaf) && !speaksOfMoney) return judged("recommendation", 0.85);
  const treasury = treasuryRoleOf(leaf);
  if (treasury) return judged(treasury, 0.9);
  if (isCodeHeader(leaf)) return judged("code", 0.9);
  if (isOwnerHeader(leaf)) return judged("owner", 0.9);
  if (isLeaderHeader(leaf)) return judged("leader", 0.85);
  if (isSourceColumnHeader(leaf)) return judged("source", 0.8);
  if (isLabelHeader(leaf) && path.length === 1) return judged("label", 0.9);
  return null;
}

/** Periods: a segment naming a month or a quarter, or a bare number under "Tháng"/"Quý". */
function periodIn(path: string[]): { month: number | null; quarter: number | null } {
  let month: number | null = null;
  let quarter: number | null = null;
  for (let i = 0; i < path.length; i++) {
    const parent = i > 0 ? path[i - 1] : "";
    month ??= monthIn(path[i], /\bthang\b/.test(parent));
    quarter ??= quarterIn(path[i], /\bquy\b/.test(parent));
  }
  if (month !== null && quarter !== null) quarter = null; // "Tháng 1 (Quý I)": the month is finer
  return { month, quarter };
}

/** The role of a column of figures, from its period, source and split already read from the path. */
function figureRole(path: string[], info: ColumnInfo): Judged {
  const leaf = path[path.length - 1];
  // Plan or actual: the innermost segment that says so decides.
  let actual: boolean | null = null;
  for (let i = path.length - 1; i >= 0 && actual === null; i--) actual = actualOrPlan(path[i]);

  if (isRateHeader(leaf)) return judged("rate", 0.9);
  if (info.month !== null || info.quarter !== null) {
    if (isCumulativeHeader(path.join(" ")) && actual !== true) return judged("cumulative", 0.8);
    return judged(actual === true ? "actual" : "planned", actual === null ? 0.85 : 0.95);
  }
  if (actual === true) return judged("actual", 0.9);
  if (isCumulativeHeader(leaf)) return judged("cumulative", 0.7);
  const disbursementPlan = path.some((s) => speaksOfDisbursement(s) && actualOrPlan(s) !== true);
  if (disbursementPlan && isTotalHeader(leaf)) return judged("planned-total", 0.8);
  // A bare "Tổng"/"Cộng" says nothing of what it totals: its neighbours decide (refineColumns).
  const split = info.part !== null && info.part !== "total";
  if (path.some(speaksOfAllocation) || info.source !== null || split) {
    return judged("allocated", disbursementPlan ? 0.6 : 0.85);
  }
  if (isLabelHeader(leaf)) return judged("label", 0.7);
  return judged("amount", 0.3);
}

/** What the cells under a column hold, over the table's data rows. */
export interface ColumnStats {
  filled: number;
  numbers: number;
  numericText: number;
  text: number;
  sevenDigit: number;
  textLength: number;
  sources: number;
}

export function refineColumns(columns: ColumnInfo[], stats: Map<number, ColumnStats>): void {
  for (const c of columns) {
    const s = stats.get(c.col);
    if (!s || s.filled === 0) continue;
    const textual = s.text / s.filled;
    if (isAmountRole(c.role) && s.text >= 3 && textual > 0.5) {
      c.role = "other";
      c.confidence = 0.2;
    }
    if (c.role === "source" && s.sources < 0.5 * s.filled) c.confidence = 0.4;
    if (c.role === "code" && s.sevenDigit >= 0.6 * s.filled) c.confidence = Math.max(c.confidence, 0.95);
  }
  const has = (role: Role): boolean => columns.some((c) => c.role === role);
  const unassigned = columns.filter((c) => c.role === "other" || c.role === "amount");
  if (!has("code")) {
    const code = unassigned.find((c) => {
      const s = stats.get(c.col);
      return s !== undefined && s.filled >= 2 && s.sevenDigit >= 0.6 * s.filled;
    });
    if (code) Object.assign(code, { role: "code", confidence: 0.6 });
  }
  if (!has("label")) {
    let best: ColumnInfo | null = null;
    let bestLength = 0;
    for (const c of unassigned) {
      const s = stats.get(c.col);
      if (!s || c.role !== "other" || s.text < 0.5 * s.filled) continue;
      const avg = s.textLength / Math.max(1, s.text);
      if (avg > bestLength) {
        best = c;
        bestLength = avg;
      }
    }
    if (best && bestLength >= 8) Object.assign(best, { role: "label", confidence: 0.5 });
  }
  // An amount column with no name of its own right after the periods totals them.
  for (const c of columns) {
    const before = columns.find((k) => k.col === c.col - 1);
    if (c.role === "amount" && before?.role === "planned") Object.assign(c, { role: "planned-total", confidence: 0.7 });
  }
  if (!has("allocated")) {
    // A lone amount column before the periods is the capital being planned.
    const firstPeriod = Math.min(...columns.filter((c) => c.role === "planned").map((c) => c.col));
    const candidates = columns.filter((c) => c.role === "amount" && c.col < firstPeriod);
    if (candidates.length === 1) Object.assign(candidates[0], { role: "allocated", confidence: 0.5 });
  }
}

export function newStats(): ColumnStats {
  return { filled: 0, numbers: 0, numericText: 0, text: 0, sevenDigit: 0, textLength: 0, sources: 0 };
}

export function countCell(
  s: ColumnStats,
  text: string | null,
  isNumber: boolean,
  numericText: boolean,
  checkSource: boolean,
): void {
  s.filled++;
  if (isNumber) s.numbers++;
  else if (numericText) s.numericText++;
  else if (text !== null) {
    s.text++;
    s.textLength += text.length;
    if (checkSource && sourceOf(normalize(text)) !== null) s.sources++;
  }
  if (text !== null && /^\d{7}$/.test(text.trim())) s.sevenDigit++;
}
