/**
 * A line's obstacles and recommendations (kiến nghị, vướng mắc) as units
 * write them: in their own columns ("Khó khăn, vướng mắc", "Kiến nghị, đề
 * xuất"), or in "Ghi chú" when the note is one. A note is taken as one when
 * it says what holds the line back or what is asked of others; a note that
 * only records ("Đã hoàn thành", "Chuyển tiếp") is left a note.
 */

import { containsPhrase, fold } from "../text";

export interface LineConcerns {
  obstacle: string | null;
  recommendation: string | null;
}

const ASKS = ["kien nghi", "de nghi", "de xuat", "xin", "can ho tro", "mong"];
const HOLDS_BACK = [
  "vuong",
  "kho khan",
  "chua",
  "cham",
  "cho",
  "khong the",
  "khong du",
  "thieu",
  "ton tai",
  "han che",
  "tranh chap",
  "khieu nai",
  "dieu chinh",
  "bo sung",
  "ket",
];

const says = (text: string, words: readonly string[]): boolean => {
  const f = fold(text).replace(/[^a-z0-9]+/g, " ");
  return words.some((w) => containsPhrase(f, w));
};

/** The concerns of one line from its obstacle, recommendation and note cells (trimmed text, "" when blank). */
export function lineConcerns(obstacle: string, recommendation: string, note: string): LineConcerns | null {
  let o = obstacle || null;
  let r = recommendation || null;
  if (note && o === null && r === null) {
    if (says(note, ASKS)) r = note;
    else if (says(note, HOLDS_BACK)) o = note;
  }
  return o === null && r === null ? null : { obstacle: o, recommendation: r };
}
