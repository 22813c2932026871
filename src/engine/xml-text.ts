/**
 * Text written into XML we build by hand (chart parts, the metadata part).
 * XML 1.0 forbids some characters outright, even escaped as &#1;: C0 controls
 * other than tab, newline and carriage return, U+FFFE, U+FFFF and unpaired
 * surrogates. A unit name pasted from another system can carry them, and one
 * such character makes Excel call the whole file corrupt. Reading back:
 * xmlUnescape, the one decoder of XML text outside the strict reader
 * (xml-bytes, which refuses what Excel would refuse).
 */

/** Every character XML 1.0 does not allow in a document. */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the control characters are the point
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text fit for an XML element or a double-quoted attribute: forbidden characters dropped, markup escaped. */
export function xmlText(s: string): string {
  return s
    .replace(XML_FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text with its entities and character references resolved. */
export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref];
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
