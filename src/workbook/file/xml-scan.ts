/**
 * A scan over XML text that finds its tags in one pass, for rewriting parts
 * in place (highlight-xlsx keeps every byte it does not change, which a
 * parse-and-serialise cannot). Linear in the text whatever it holds: every
 * search starts where the last ended and stops at the next "<", so thousands
 * of unclosed tags, comments or quotes cost one pass, not one per tag.
 * Attribute values are read as XML reads them: either quote, entities and
 * character references.
 *
 * Why not xml-bytes, the reader's tokenizer: that one streams bytes through
 * callbacks, refuses malformed markup and hands over decoded names, so it
 * cannot say where a tag starts and ends in the text; a rewrite needs exactly
 * those offsets and must keep whatever it does not understand. Folding
 * offsets into xml-bytes would add work to every cell the reader reads.
 */

import { xmlUnescape } from "../../engine/xml-text";
import { WorkbookReadError } from "./read-error";

export interface XmlTag {
  /** Offsets of "<" and just after ">". */
  start: number;
  end: number;
  /** Qualified name as written ("x:cfRule") and without its prefix ("cfRule"). */
  name: string;
  local: string;
  closing: boolean;
  selfClosing: boolean;
  /** The raw text between the name and ">"; read it with attributes(). */
  rawAttributes: string;
}

// Bounded by the next "<" (never legal inside a tag or an attribute value), so a failed match costs what it read.
const TAG = /<(\/?)([^\s/<>"'=]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*?)(\/?)>/y;

/** Calls `onTag` for every element tag in `text` from `from`, in order; comments, CDATA and declarations are skipped. */
export function scanTags(text: string, onTag: (tag: XmlTag) => void, from = 0): void {
  let at = from;
  for (;;) {
    const lt = text.indexOf("<", at);
    if (lt < 0) return;
    const skipTo = (close: string): number => {
      const end = text.indexOf(close, lt);
      if (end < 0) throw new WorkbookReadError("corrupt", "unterminated XML markup");
      return end + close.length;
    };
    if (text.startsWith("<!--", lt)) at = skipTo("-->");
    else if (text.startsWith("<![CDATA[", lt)) at = skipTo("]]>");
    else if (text.startsWith("<?", lt)) at = skipTo("?>");
    else if (text.startsWith("<!", lt)) at = skipTo(">");
    else {
      TAG.lastIndex = lt;
      const m = TAG.exec(text);
      if (!m) throw new WorkbookReadError("corrupt", "malformed XML tag");
      const name = m[2];
      onTag({
        start: lt,
        end: TAG.lastIndex,
        name,
        local: name.slice(name.indexOf(":") + 1),
        closing: m[1] === "/",
        selfClosing: m[4] === "/",
        rawAttributes: m[3],
      });
      at = TAG.lastIndex;
    }
  }
}

/** A tag's attributes by qualified name, values unescaped. */
export function attributes(tag: XmlTag): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.rawAttributes.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out.set(m[1], xmlUnescape(m[2] ?? m[3]));
  return out;
}
