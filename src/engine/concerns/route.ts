/**
 * Routing obstacles and recommendations to the body that must answer them:
 * the answerer whose keywords the text names most; "chưa phân loại" when it
 * names none, or names two bodies equally (DPI decides, the tool does not
 * guess).
 */

import { containsPhrase, normalize } from "../text";
import type { Answerer } from "../profile";
import { DEFAULT_ANSWERERS, UNCLASSIFIED } from "./answerers";

const folded = (s: string): string =>
  normalize(s)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();

/** The id of the answerer a concern goes to, or UNCLASSIFIED. */
export function answererOf(text: string, answerers: readonly Answerer[] = DEFAULT_ANSWERERS): string {
  const t = folded(text);
  let best: string = UNCLASSIFIED;
  let bestHits = 0;
  let tie = false;
  for (const a of answerers) {
    const hits = a.keywords.filter((k) => containsPhrase(t, folded(k))).length;
    if (hits > bestHits) [best, bestHits, tie] = [a.id, hits, false];
    else if (hits > 0 && hits === bestHits) tie = true;
  }
  return tie ? UNCLASSIFIED : best;
}
