/**
 * Which unit (district, town, department, organisation) a submitted
 * workbook belongs to, read from what its authors wrote: the issuing body at
 * the top of the title rows ("UBND HUYỆN NAM TRÀ MY", "SỞ LAO ĐỘNG - …"),
 * else the sheet's or the file's name. And how two spellings of one unit are
 * recognised as the same ("UBND huyện Nam Trà My" = "Huyen Nam Tra My").
 */

import { fold } from "../text";

/** Where a unit name came from: the workbook's title rows, a sheet or file name, or the user. */
export type ReportingUnitSource = "title" | "sheet" | "file" | "user";

/** Administrative kinds, folded, most specific words first ("thi xa" before "xa"); "tp"/"tx" as offices abbreviate them. */
const PLACE_KINDS = ["thanh pho", "thi xa", "thi tran", "huyen", "quan", "tinh", "xa", "phuong", "tp", "tx"];
const PLACE_ABBREVIATIONS: Record<string, string> = { tp: "THÀNH PHỐ", tx: "THỊ XÃ" };
const BODY_KINDS = [
  "so",
  "ban",
  "bqlda",
  "bql",
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

/**
 * What shares the title rows with the issuing body and is not its name, folded: the national
 * motto, form labels ("Biểu số 01", "Mẫu số 02/KH", "Phụ lục III"), document numbers
 * ("Số: 125/BC-UBND", "Số:   /KH-UBND") and dates.
 */
const NOT_NAME = [
  /cong hoa xa hoi chu nghia viet nam/g,
  /doc lap\s*-\s*tu do\s*-\s*hanh phuc/g,
  /\b(?:bieu mau|mau bieu|bieu|mau|phu luc|phu bieu)\s*(?:so)?\s*[:.]?\s*(?:[a-z]?\d+[a-z]?|[ivxl]+\b)(?:\s*[./-]\s*[a-z0-9]{1,6})*/g,
  /\bso\s*:?\s*\d*\s*\/\s*[a-z0-9]+(?:\s*[-/]\s*[a-z0-9]+)*/g,
  /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b/g,
];
/** "ngày 05 tháng 6 năm 2024", also with the day left blank as drafts do ("ngày … tháng … năm 2024"). */
const DATE_PHRASE = /\bngay\b[\s.…_\d]*\bthang\b[\s.…_\d]*\bnam\b\s*\d{0,4}/;
/** "Đơn vị báo cáo: UBND huyện X": the label before a unit's name. */
const UNIT_LABEL = /^(?:don vi(?: bao cao| lap| gui| lap bieu)?|co quan(?: bao cao)?)\s*:\s*/;

/** Acronyms offices keep in capitals inside a name written in capitals (folded). */
const ACRONYMS = new Set([
  "mtqg",
  "ctmtqg",
  "ntm",
  "dtts",
  "mn",
  "gnbv",
  "qlda",
  "bql",
  "bqlda",
  "dtxd",
  "xdcb",
  "ubnd",
  "hdnd",
  "kt",
  "xh",
  "tc",
  "kh",
  "ld",
  "tb",
  "tn",
  "mt",
  "nn",
  "ptnt",
  "kbnn",
  "nstw",
  "nsdp",
]);

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

/** A lettered word written wholly in capitals ("XUÂN"), as issuers are; "Xuân" or "1" is not. */
const isCapitals = (w: string): boolean => /\p{L}/u.test(w) && w === w.toLocaleUpperCase("vi");
const isLettered = (w: string): boolean => /\p{L}/u.test(w);

/**
 * A date phrase and the place written before it ("Tam Xuân 1, ngày 05 tháng 6 năm 2024"), cut from a
 * line; the place is the run of words not in capitals before the comma, so an issuer in capitals
 * sharing the line ("UBND XÃ TAM XUÂN 1 Tam Xuân 1, ngày …") keeps its name.
 */
function withoutDate(text: string): string {
  const m = DATE_PHRASE.exec(foldAligned(text).toLowerCase());
  if (!m) return text;
  let head = text.slice(0, m.index).trimEnd();
  if (head.endsWith(",")) {
    const words = head.slice(0, -1).trimEnd().split(/\s+/);
    let cut = words.length;
    for (let i = words.length - 1; i >= 0 && !isCapitals(words[i]); i--) if (isLettered(words[i])) cut = i;
    head = words.slice(0, cut).join(" ");
  }
  return `${head} ${text.slice(m.index + m[0].length)}`;
}

/** The text of one title cell or line with what is not the issuer's name removed. */
function issuerText(line: string): string {
  let text = withoutDate(line.normalize("NFC").replace(/\s+/g, " "));
  const folded = foldAligned(text).toLowerCase();
  // Blanked by UTF-16 index: foldAligned keeps the folded text aligned with the original.
  const chars = text.split("");
  for (const re of NOT_NAME) {
    for (const m of folded.matchAll(re)) for (let i = m.index!; i < m.index! + m[0].length; i++) chars[i] = " ";
  }
  text = chars.join("").replace(/\s+/g, " ").trim();
  const label = UNIT_LABEL.exec(foldAligned(text).toLowerCase());
  if (label) text = text.slice(label[0].length);
  return text.replace(/^[\s\-–:,.;|]+|[\s\-–:,.;|]+$/g, "");
}

interface Candidate {
  name: string;
  /** The text the name was read from, as written. */
  line: string;
  province: boolean;
}

function kindAt(folded: string, kinds: string[]): string | null {
  return kinds.find((k) => folded.startsWith(`${k} `)) ?? null;
}

/** Each kind as written, for the kinds whose folded spelling other words share ("sở" and "số", "xã" and "xa"). */
const KIND_WRITTEN: Record<string, string> = {
  "thanh pho": "thành phố",
  "thi xa": "thị xã",
  "thi tran": "thị trấn",
  huyen: "huyện",
  quan: "quận",
  tinh: "tỉnh",
  xa: "xã",
  phuong: "phường",
  so: "sở",
  hoi: "hội",
  doan: "đoàn",
  "lien minh": "liên minh",
  "uy ban mat tran": "ủy ban mặt trận",
  phong: "phòng",
  "trung tam": "trung tâm",
  "chi cuc": "chi cục",
  "kho bac": "kho bạc",
};

/** Without tone marks, keeping the letters (â, ơ, đ …): "Sở" -> "sơ", "Số" -> "sô", "uỷ" = "ủy" -> "uy". */
const toneless = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "")
    .normalize("NFC")
    .toLocaleLowerCase("vi");

/**
 * The kind a name starts with, told by its letters when the text is written with them: "SỐ LIỆU
 * ĐẾN …" is no department, though it folds like "SỞ …". Text typed without accents is matched folded.
 */
function kindOf(text: string, folded: string, kinds: string[]): string | null {
  const kind = kindAt(folded, kinds);
  const written = kind ? KIND_WRITTEN[kind] : undefined;
  if (!kind || !written || /^[\x20-\x7e]*$/.test(text)) return kind;
  return toneless(text)
    .replace(/\s+/g, " ")
    .startsWith(`${toneless(written)} `)
    ? kind
    : null;
}

/** Places named inside a body's name ("… huyện Nam Trà My"), as written with accents, lower case. */
const INNER_PLACE = ["thành phố", "thị xã", "thị trấn", "huyện", "quận", "tỉnh", "xã", "phường"];

const cap = (w: string): string => w.charAt(0).toLocaleUpperCase("vi") + w.slice(1);

/**
 * A name written in capitals, cased as the offices write it: a place is a proper name ("Xã Tam
 * Xuân 1"); a body's name is a phrase, a department's a list of fields each with a capital ("Sở
 * Lao động - Thương binh và Xã hội"), a place inside it a proper name ("Ban QLDA ĐTXD huyện Nam
 * Trà My"); acronyms stay in capitals ("Ban Quản lý các chương trình MTQG"). A name not in
 * capitals is kept as written.
 */
function tidyCase(name: string, place: boolean): string {
  if (name !== name.toLocaleUpperCase("vi")) return cap(name);
  const written = name.split(/\s+/);
  const words = written.map((w) => w.toLocaleLowerCase("vi"));
  const kinds = place ? PLACE_KINDS : BODY_KINDS;
  const kindWords = kinds.find((k) => fold(words.join(" ")).startsWith(`${k} `));
  const nKind = kindWords ? kindWords.split(" ").length : 1;
  let properFrom = place ? nKind : Infinity;
  const out = words.map((w, i) => {
    if (ACRONYMS.has(fold(w).replace(/[^a-z]/g, "")) || w.split(/[-&/]/).every((p) => ACRONYMS.has(fold(p))))
      return written[i];
    if (i === 0) return cap(w);
    if (i < nKind) return w;
    if (!place && i < properFrom) {
      const two = `${w} ${words[i + 1] ?? ""}`;
      // A place kind followed by a name; "xã hội" (society) is not a commune.
      const inner = INNER_PLACE.find((k) => (k.includes(" ") ? two === k : w === k) && two !== "xã hội");
      if (inner && i + inner.split(" ").length < words.length) {
        properFrom = i + inner.split(" ").length;
        return w;
      }
    }
    if (i >= properFrom || i === nKind) return cap(w);
    const before = words[i - 1];
    // A department's name lists its fields, each a capital ("Sở Văn hóa, Thể thao và Du lịch");
    // other bodies' names read as one phrase ("Ban Quản lý dự án ... dân dụng và công nghiệp").
    const fields = kindWords === "so" || kindWords === "phong";
    return before === "-" || before === "–" || (fields && (before === "và" || before.endsWith(","))) ? cap(w) : w;
  });
  return out.join(" ");
}

function candidateOf(line: string): Candidate | null {
  const text = issuerText(line);
  // What is left must be a name, not a sentence mentioning one.
  if (text === "" || /\d\s*\//.test(text) || text.split(" ").length > 14) return null;
  const folded = foldAligned(text).toLowerCase();
  const committee = COMMITTEE.exec(folded);
  let rest = committee ? text.slice(committee[0].length) : text;
  let restFolded = committee ? folded.slice(committee[0].length) : folded;
  const place = kindOf(rest, restFolded, PLACE_KINDS);
  if (place) {
    const full = PLACE_ABBREVIATIONS[place];
    if (full) {
      rest = `${full} ${rest.slice(place.length + 1)}`;
      restFolded = fold(rest);
    }
    if (rest.split(" ").length < 2) return null;
    return { name: tidyCase(rest, true), line, province: place === "tinh" };
  }
  const body = kindOf(rest, restFolded, BODY_KINDS);
  if (!body || restFolded.startsWith("ban hanh")) return null;
  return { name: tidyCase(rest, false), line, province: false };
}

/** The issuing body a title block names, with the line it is read from. */
function issuerOf(titleRows: readonly (string | readonly string[])[]): Candidate | null {
  const candidates: Candidate[] = [];
  for (const row of titleRows) {
    // A row given cell by cell is read a cell at a time: the motto or a form label stays in its own cell.
    for (const cell of typeof row === "string" ? [row] : row) {
      const c = candidateOf(cell);
      if (c) candidates.push(c);
    }
  }
  // The first body below the province is the unit (a department, a district); what follows the unit
  // is one of its offices ("UBND XÃ TAM XUÂN 1" over "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG").
  return candidates.find((c) => !c.province) ?? candidates[0] ?? null;
}

/** The unit named by a table's title rows: the issuing body, without form labels, dates and offices. */
export function reportingUnitFromTitle(titleLines: readonly (string | readonly string[])[]): string | null {
  return issuerOf(titleLines)?.name ?? null;
}

/** A reporting unit and why it was taken: the text it was read from, and how sure the reading is (0..1). */
export interface ReportingUnit {
  name: string;
  evidence: { from: Exclude<ReportingUnitSource, "user">; text: string };
  confidence: number;
}

/**
 * Who sent a workbook: the issuer of its title block (rows as lines or as their cells), else a
 * unit the sheet's or the file's name says, else the file's name itself (low confidence: it tells
 * files apart but names no unit).
 */
export function reportingUnitOf(
  titleRows: readonly (string | readonly string[])[],
  sheetName: string,
  fileName: string,
): ReportingUnit {
  const issuer = issuerOf(titleRows);
  if (issuer)
    return {
      name: issuer.name,
      evidence: { from: "title", text: issuer.line },
      confidence: issuer.province ? 0.7 : 0.9,
    };
  const fromSheet = reportingUnitFromName(sheetName);
  if (fromSheet) return { name: fromSheet, evidence: { from: "sheet", text: sheetName }, confidence: 0.6 };
  const fromFile = reportingUnitFromName(fileName);
  if (fromFile) return { name: fromFile, evidence: { from: "file", text: fileName }, confidence: 0.5 };
  return { name: fileName.replace(/\.xlsx$/i, ""), evidence: { from: "file", text: fileName }, confidence: 0.1 };
}

/** The unit named by a sheet or file name, when it says one ("KH huyen Que Son" no; "Huyện Quế Sơn" yes). */
export function reportingUnitFromName(name: string): string | null {
  const words = name
    .normalize("NFC")
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[-_]+/g, " ")
    .trim();
  const folded = foldAligned(words).toLowerCase().replace(/\s/g, " ");
  for (const kind of [...PLACE_KINDS, ...BODY_KINDS]) {
    const i = folded.indexOf(`${kind} `);
    // "Số liệu 2024" names no department ("Sở"): the kind is checked against the letters written.
    if ((i === 0 || (i > 0 && folded[i - 1] === " ")) && kindOf(words.slice(i), folded.slice(i), [kind])) {
      // A name runs until a year or a programme word: "huyen-que-son-ntm-2024" -> "huyen que son".
      const tail = words.slice(i).split(/\s+/);
      const stop = tail.findIndex((w, k) => k > 0 && (/\d/.test(w) || /^(ntm|gnbv|dtts|mn|kh|ke|von)$/i.test(fold(w))));
      const picked = tail.slice(0, stop < 0 ? tail.length : stop);
      if (picked.length >= 2) return tidyCase(picked.join(" ").toLocaleUpperCase("vi"), PLACE_KINDS.includes(kind));
    }
  }
  return null;
}

export interface ReportingUnitKey {
  /** The administrative kind ("huyen", "so", …) or "" when the name gives none. */
  kind: string;
  /** The rest of the name, folded: "nam tra my". */
  name: string;
}

/**
 * A unit name reduced for matching (case, accents, spacing, punctuation and "UBND" ignored), read
 * with its kind and, when it starts with a kind's word, also as a bare name: "Hội An" is the city,
 * not a "hội" (association) named "An".
 */
function unitKeys(unit: string): ReportingUnitKey[] {
  let s = fold(unit)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  s = s.replace(COMMITTEE, "");
  const kind = kindAt(s, [...PLACE_KINDS, ...BODY_KINDS]) ?? "";
  if (!kind) return [{ kind, name: s }];
  const name = s.slice(kind.length + 1);
  return [
    { kind: PLACE_ABBREVIATIONS[kind] ? fold(PLACE_ABBREVIATIONS[kind]) : kind, name },
    { kind: "", name: s },
  ];
}

/** Same unit: same name, and the same kind unless one of them names none ("Nam Trà My" = "Huyện Nam Trà My"). */
export function sameReportingUnit(a: string, b: string): boolean {
  const kb = unitKeys(b);
  return unitKeys(a).some((ka) =>
    kb.some((k) => ka.name === k.name && (ka.kind === k.kind || ka.kind === "" || k.kind === "")),
  );
}
