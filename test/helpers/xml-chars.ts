/**
 * The characters of a text that XML 1.0's Char production does not allow,
 * as code points: written out from the specification, independently of the
 * code under test, so that a test of an XML writer can fail.
 */

const allowed = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

export function forbiddenXmlChars(text: string): number[] {
  // for…of walks code points: a surrogate pair is one astral character, a lone surrogate stays 0xD800–0xDFFF.
  return [...text].map((c) => c.codePointAt(0)!).filter((cp) => !allowed(cp));
}
