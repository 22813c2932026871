/**
 * Which unit (district, town, department, organisation) a submitted
 * workbook belongs to, read from what its authors wrote: the issuing body at
 * the top of the title rows ("UBND HUYỆN NAM TRÀ MY", "SỞ LAO ĐỘNG - …"),
 * else the sheet's or the file's name. And how two spellings of one unit are
 * recognised as the same ("UBND huyện Nam Trà My" = "Huyen Nam Tra My").
 */

import { fold } from "../text";

/** Where a unit name came from: the workbook's title rows, a sheet or file name, or the user. */
export type UnitSource = "title" | "sheet" | "file" | "user";

/** Administrative kinds, folded, most specific words first ("thi xa" before "xa"). */
const PLACE_KINDS = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "tinh", "xa", "phuong"];
const BODY_KINDS = [
  "so",
  "ban",
  "hoi",
  "doan",
  "lien minh",
  "uy ban mat tran",
  "phong",
  "trung tam",
  "chi cuc",
  "kho bac",
];
/** Prefixes that name the people's committee over a place: dropped before matching. */
const COMMITTEE = /^(?:ubnd|uy ban nhan dan)\s+/;

/** The national motto often shares the title rows with the issuing body (two cells joined on one line). */
const MOTTO = [/cong hoa xa hoi chu nghia viet nam/, /doc lap\s*-\s*tu do\s*-\s*hanh phuc/];

/**
 * Folds one character at a time, so that an index into the folded text is
 * an index into the original: cuts found on the folded text apply to the original.
 */
function foldAligned(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === 1 ? f : ch.length === 1 ? " " : " ".repeat(ch.length);
  }
  return out;
}

/** The part of a title line before the national motto, trimmed. */
function beforeMotto(line: string): string {
  const folded = foldAligned(line);
  let end = line.length;
  for (const re of MOTTO) {
    const m = re.exec(folded);
    if (m && m.index < end) end = m.index;
  }
  return line.slice(0, end).trim();
}

interface Candidate {
  name: string;
  /** 3: a district-level place or a department; 2: a province; 1: an office under a committee. */
  rank: number;
}

function kindAt(folded: string, kinds: string[]): string | null {
  return kinds.find((k) => folded.startsWith(`${k} `)) ?? null;
}

/** Upper-case words as people write the unit's name: "HUYỆN NAM TRÀ MY" -> "Huyện Nam Trà My". */
function tidyCase(name: string, place: boolean): string {
  if (name !== name.toLocaleUpperCase("vi")) return name;
  const words = name.toLocaleLowerCase("vi").split(/\s+/);
  const kindWords = (place ? PLACE_KINDS : BODY_KINDS).find((k) => fold(words.join(" ")).startsWith(`${k} `));
  const nKind = kindWords ? kindWords.split(" ").length : 1;
  const cap = (w: string): string => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);
  return words
    .map((w, i) => {
      if (i === 0 || i === nKind) return cap(w);
      if (i < nKind) return w;
      // Places are proper names (every word capitalised); a body's name reads as a phrase.
      return place || words[i - 1] === "-" ? cap(w) : w;
    })
    .join(" ");
}

function candidateOf(line: string): Candidate | null {
  const text = beforeMotto(line).replace(/\s+/g, " ");
  // A reference or a date ("số 125/BC-TCKH", "10/4/2024") marks a sentence about a document, not a name.
  if (text === "" || /\d\s*\//.test(text) || text.split(" ").length > 12) return null;
  const folded = foldAligned(text).toLowerCase();
  const committee = COMMITTEE.exec(folded);
  const rest = committee ? text.slice(committee[0].length) : text;
  const restFolded = committee ? folded.slice(committee[0].length) : folded;
  const place = kindAt(restFolded, PLACE_KINDS);
  if (place) {
    const rank = place === "tinh" ? 2 : place === "xa" || place === "phuong" || place === "thi tran" ? 1 : 3;
    return { name: tidyCase(rest, true), rank };
  }
  const body = kindAt(restFolded, BODY_KINDS);
  if (!body || restFolded.startsWith("ban hanh")) return null;
  return { name: tidyCase(rest, false), rank: body === "phong" || body === "trung tam" ? 1 : 3 };
}

/** The unit named by a table's title rows: the most specific issuing body, the first one at equal rank. */
export function unitFromTitle(titleLines: readonly string[]): string | null {
  let best: Candidate | null = null;
  for (const line of titleLines) {
    const c = candidateOf(line);
    if (c && (!best || c.rank > best.rank)) best = c;
  }
  return best?.name ?? null;
}

/** The unit named by a sheet or file name, when it says one ("KH huyen Que Son" no; "Huyện Quế Sơn" yes). */
export function unitFromName(name: string): string | null {
  const words = name
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[-_]+/g, " ")
    .trim();
  const folded = fold(words);
  for (const kind of [...PLACE_KINDS, ...BODY_KINDS]) {
    const i = folded.indexOf(`${kind} `);
    if (i === 0 || (i > 0 && folded[i - 1] === " ")) {
      // A name runs until a year or a programme word: "huyen-que-son-ntm-2024" -> "huyen que son".
      const tail = words.slice(i).split(/\s+/);
      const stop = tail.findIndex((w, k) => k > 0 && (/\d/.test(w) || /^(ntm|gnbv|dtts|mn|kh|ke|von)$/i.test(fold(w))));
      const picked = tail.slice(0, stop < 0 ? tail.length : stop);
      if (picked.length >= 2) return tidyCase(picked.join(" ").toLocaleUpperCase("vi"), PLACE_KINDS.includes(kind));
    }
  }
  return null;
}

export interface UnitKey {
  /** The administrative kind ("huyen", "so", …) or "" when the name gives none. */
  kind: string;
  /** The rest of the name, folded: "nam tra my". */
  name: string;
}

/** A unit name reduced for matching: case, accents, spacing, punctuation and "UBND" ignored. */
function unitKey(unit: string): UnitKey {
  let s = fold(unit)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  s = s.replace(COMMITTEE, "");
  const kind = kindAt(s, [...PLACE_KINDS, ...BODY_KINDS]) ?? "";
  return { kind, name: kind ? s.slice(kind.length + 1) : s };
}

/** Same unit: same name, and the same kind unless one of them names none ("Nam Trà My" = "Huyện Nam Trà My"). */
export function sameUnit(a: string, b: string): boolean {
  const ka = unitKey(a);
  const kb = unitKey(b);
  return ka.name === kb.name && (ka.kind === kb.kind || ka.kind === "" || kb.kind === "");
}
