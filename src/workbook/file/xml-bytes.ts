/**
 * A small, linear XML tokenizer over bytes, for the parts of an .xlsx the
 * reader reads. A sheet of 2 million cells through a SAX parser costs an
 * event object, an attribute object and several strings per cell; this
 * scanner hands over byte ranges instead and the reader decodes only what it
 * keeps (a cell's number is parsed straight from its bytes). (xml-scan.ts is
 * its sibling for text: it finds tags and their offsets to rewrite parts in
 * place, tolerating what it does not understand; this one refuses it, and
 * carrying offsets here would slow every cell the reader reads.)
 *
 * It reads the XML that spreadsheets are: elements with or without a
 * namespace prefix (`<x:c>` is `c`), attributes in either quote with
 * whitespace around `=`, the five predefined entities and character
 * references (`&#233;`, `&#xE9;`), CDATA sections, comments and processing
 * instructions. It refuses what a workbook never needs and an attacker
 * would: a DOCTYPE (so no entity expansion, no external entities), and any
 * markup that is not well formed (a close tag that does not match, an
 * unknown entity, a document cut short).
 *
 * Linear by construction: every byte is looked at a bounded number of
 * times. A token cut by a chunk boundary is kept and retried once the input
 * has at least doubled, so even one huge token costs O(n) overall.
 */

import { WorkbookReadError } from "./read-error";

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const EQ = 61;
const COLON = 58;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

const isSpace = (b: number): boolean => b === 32 || b === 10 || b === 13 || b === 9;
/** Bytes that end a name: whitespace, "/", ">", "=". */
const endsName = (b: number): boolean => b <= 32 || b === SLASH || b === GT || b === EQ;

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Decodes bytes [start, end) as UTF-8; ASCII runs are built directly (most cells are). */
export function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 16) {
    let ascii = true;
    for (let i = start; i < end; i++) if (buf[i] >= 0x80) ascii = false;
    if (ascii) {
      let s = "";
      for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
      return s;
    }
  }
  return utf8.decode(buf.subarray(start, end));
}

/** 1e0 … 1e22, written as literals: each is exactly its double. */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];

/**
 * The number written in bytes [start, end) when it is a plain decimal
 * (what spreadsheets write in <v>): digits, an optional sign and point, an
 * optional exponent. Exactly Number()'s result; NaN for anything else, so
 * the caller can fall back to the text.
 */
export function parseNumber(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end && buf[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let seenPoint = false;
  let any = false;
  for (; i < end; i++) {
    const b = buf[i];
    if (b >= 48 && b <= 57) {
      any = true;
      if (digits > 0 || b !== 48) digits++;
      mantissa = mantissa * 10 + (b - 48);
      if (seenPoint) scale++;
    } else if (b === 46 && !seenPoint) seenPoint = true;
    else break;
  }
  // Up to 15 significant digits and 22 decimals, mantissa / 10^scale is one
  // correctly rounded division of two exact doubles: what Number() gives.
  if (!any || digits > 15 || scale > 22) return NaN;
  let value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
  if (i < end) {
    if (buf[i] !== 69 && buf[i] !== 101) return NaN; // E or e: the rare exponent goes through Number()
    return Number(decodeUtf8(buf, start, end));
  }
  if (negative) value = -value;
  return value;
}

/** Element and attribute names, made into strings once each. */
class Names {
  private readonly buckets = new Map<number, { bytes: Uint8Array; name: string }[]>();

  get(buf: Uint8Array, start: number, end: number): string {
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + buf[i]) | 0;
    let bucket = this.buckets.get(h);
    if (bucket) {
      outer: for (const e of bucket) {
        if (e.bytes.length !== end - start) continue;
        for (let i = 0; i < e.bytes.length; i++) if (e.bytes[i] !== buf[start + i]) continue outer;
        return e.name;
      }
    } else this.buckets.set(h, (bucket = []));
    const name = decodeUtf8(buf, start, end);
    // Names seen in one part are few; an adversarial part with many is still bounded by its size.
    bucket.push({ bytes: buf.slice(start, end), name });
    return name;
  }
}

/** The attributes of the tag being handed over; valid only during the `open` call. */
export class XmlAttrs {
  buf: Uint8Array = new Uint8Array(0);
  count = 0;
  readonly names: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly refs: boolean[] = [];

  constructor(private readonly interned: Names) {}

  index(name: string): number {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return i;
    return -1;
  }

  /** The attribute's value, references decoded; undefined when absent. */
  get(name: string): string | undefined {
    const i = this.index(name);
    if (i < 0) return undefined;
    return this.refs[i]
      ? decodeReferences(this.buf, this.starts[i], this.ends[i])
      : decodeUtf8(this.buf, this.starts[i], this.ends[i]);
  }

  /** A short value that repeats (a cell's type), as one shared string. */
  token(name: string): string | undefined {
    const i = this.index(name);
    if (i < 0) return undefined;
    if (this.refs[i]) return decodeReferences(this.buf, this.starts[i], this.ends[i]);
    return this.interned.get(this.buf, this.starts[i], this.ends[i]);
  }

  /** A non-negative integer value read from its digits; `absent` when missing, NaN when not digits. */
  int(name: string, absent: number): number {
    const i = this.index(name);
    if (i < 0) return absent;
    let n = 0;
    const s = this.starts[i];
    const e = this.ends[i];
    if (s === e) return NaN;
    for (let k = s; k < e; k++) {
      const b = this.buf[k];
      if (b < 48 || b > 57) return this.refs[i] || isSpace(b) ? Number(this.get(name)) : NaN;
      n = n * 10 + (b - 48);
    }
    return n;
  }

  /** The column of a cell reference value ("AB12" -> 28), read from its letters; 0 when it has none. */
  column(name: string): number {
    const i = this.index(name);
    if (i < 0 || this.refs[i]) return 0;
    let col = 0;
    for (let k = this.starts[i]; k < this.ends[i]; k++) {
      const b = this.buf[k];
      if (b >= 65 && b <= 90) col = col * 26 + (b - 64);
      else if (b >= 97 && b <= 122) col = col * 26 + (b - 96);
      else break;
    }
    return col;
  }

  /** All of them as a plain object (for the small parts: workbook, relationships, styles). */
  record(): Record<string, string> {
    const r: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) r[this.names[i]] = this.get(this.names[i])!;
    return r;
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with entity and character references replaced; an unknown or malformed one is refused. */
export function decodeReferences(buf: Uint8Array, start: number, end: number): string {
  const raw = decodeUtf8(buf, start, end);
  return raw.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new WorkbookReadError("corrupt", `bad reference ${whole.slice(0, 12)}`);
    if (ref.startsWith("#")) {
      const code = /^#x[0-9a-f]+$/i.test(ref)
        ? parseInt(ref.slice(2), 16)
        : /^#[0-9]+$/.test(ref)
          ? parseInt(ref.slice(1), 10)
          : NaN;
      if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        throw new WorkbookReadError("corrupt", `bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const e = ENTITIES[ref];
    if (e === undefined) throw new WorkbookReadError("corrupt", `unknown entity &${ref};`);
    return e;
  });
}

export interface XmlHandler {
  /** An element opens; `name` without its namespace prefix. A self-closing one is followed by `close`. */
  open(name: string, attrs: XmlAttrs): void;
  close?(name: string): void;
  /** Character data without references: bytes [start, end) of `buf`, valid only during the call. */
  text?(buf: Uint8Array, start: number, end: number): void;
  /** Character data that held references, or a CDATA section, as a string. */
  decoded?(s: string): void;
}

/** Index of the bytes a, b (and c when given) in buf from `from`, or -1 when they are not all there yet. */
function indexOfSeq(buf: Uint8Array, from: number, a: number, b: number, c = -1): number {
  const n = c < 0 ? 2 : 3;
  for (let i = buf.indexOf(a, from); i >= 0 && i + n <= buf.length; i = buf.indexOf(a, i + 1)) {
    if (buf[i + 1] === b && (c < 0 || buf[i + 2] === c)) return i;
  }
  return -1;
}

/** Whether byte `b` occurs in buf[start, end); bounded, unlike indexOf, which would look past `end`. */
function holds(buf: Uint8Array, start: number, end: number, b: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === b) return true;
  return false;
}

export class XmlScanner {
  private readonly names = new Names();
  private readonly attrs = new XmlAttrs(this.names);
  private readonly stack: string[] = [];
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  /** Do not retry a cut token before this many bytes are pending (doubling keeps it linear). */
  private retryAt = 0;
  private sawRoot = false;

  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
  ) {}

  private fail(why: string): never {
    throw new WorkbookReadError("corrupt", `${this.part}: ${why}`);
  }

  write(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength < this.retryAt) return;
    this.run(false);
  }

  end(): void {
    this.run(true);
    if (this.stack.length > 0) this.fail(`<${this.stack[this.stack.length - 1]}> is not closed`);
    if (!this.sawRoot) this.fail("no XML element");
  }

  private run(final: boolean): void {
    let buf: Uint8Array;
    if (this.pending.length === 1) buf = this.pending[0];
    else {
      buf = new Uint8Array(this.pendingLength);
      let at = 0;
      for (const p of this.pending) {
        buf.set(p, at);
        at += p.length;
      }
    }
    const used = this.scan(buf, final);
    if (used < buf.length) {
      if (final) this.fail("the document is cut short");
      const rest = buf.subarray(used);
      this.pending = [rest];
      this.pendingLength = rest.length;
      this.retryAt = 2 * rest.length;
    } else {
      this.pending = [];
      this.pendingLength = 0;
      this.retryAt = 0;
    }
  }

  private emitText(buf: Uint8Array, start: number, end: number): void {
    if (this.stack.length === 0) {
      // Only whitespace (and a byte-order mark) may stand outside the root element.
      for (let i = start; i < end; i++)
        if (!isSpace(buf[i]) && buf[i] !== 0xef && buf[i] !== 0xbb && buf[i] !== 0xbf)
          this.fail("text outside the root element");
      return;
    }
    if (holds(buf, start, end, AMP)) this.handler.decoded?.(decodeReferences(buf, start, end));
    else this.handler.text?.(buf, start, end);
  }

  /**
   * Scans whole tokens from the start of buf; returns how many bytes were used. Each token's method
   * returns where the next token starts, or -1 when the token is cut short by the end of buf.
   */
  private scan(buf: Uint8Array, final: boolean): number {
    const len = buf.length;
    let pos = 0;
    while (pos < len) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        if (!final) return pos;
        this.emitText(buf, pos, len);
        return len;
      }
      if (lt > pos) this.emitText(buf, pos, lt);
      pos = lt;
      if (pos + 1 >= len) return pos;
      const next = buf[pos + 1];
      const after =
        next === SLASH
          ? this.closeTag(buf, pos)
          : next === QUESTION
            ? this.instruction(buf, pos)
            : next === BANG
              ? this.declaration(buf, pos)
              : this.openTag(buf, pos);
      if (after < 0) return pos;
      pos = after;
    }
    return pos;
  }

  /** `</name>` at pos: must close the innermost open element. */
  private closeTag(buf: Uint8Array, pos: number): number {
    const gt = buf.indexOf(GT, pos + 2);
    if (gt < 0) return -1;
    let e = pos + 2;
    while (e < gt && !endsName(buf[e])) e++;
    for (let k = e; k < gt; k++) if (!isSpace(buf[k])) this.fail("bad close tag");
    const name = this.localName(buf, pos + 2, e);
    const open = this.stack.pop();
    if (open !== name) this.fail(`</${name}> does not close <${open ?? ""}>`);
    this.handler.close?.(name);
    return gt + 1;
  }

  /** A processing instruction (`<?xml …?>`) at pos: skipped. */
  private instruction(buf: Uint8Array, pos: number): number {
    const end = indexOfSeq(buf, pos + 2, QUESTION, GT);
    return end < 0 ? -1 : end + 2;
  }

  /** `<!` at pos: a comment (skipped), a CDATA section (text), or a DOCTYPE or declaration (refused). */
  private declaration(buf: Uint8Array, pos: number): number {
    const len = buf.length;
    if (pos + 4 > len) return -1;
    if (buf[pos + 2] === 45 && buf[pos + 3] === 45) {
      const end = indexOfSeq(buf, pos + 4, 45, 45, GT);
      return end < 0 ? -1 : end + 3;
    }
    if (pos + 9 > len) return -1;
    if (decodeUtf8(buf, pos + 2, pos + 9) !== "[CDATA[") this.fail("DOCTYPE and declarations are not allowed");
    const end = indexOfSeq(buf, pos + 9, 93, 93, GT);
    if (end < 0) return -1;
    if (this.stack.length === 0) this.fail("CDATA outside the root element");
    this.handler.decoded?.(decodeUtf8(buf, pos + 9, end));
    return end + 3;
  }

  /**
   * An open tag at pos: its name, then attributes, then ">" or "/>"; handed over once whole. The
   * attributes and the element's opening stay in this one method: split further (a method per
   * attribute, or for the opening) reading a 10,000-line workbook measured 1.5-4% slower; as it is,
   * the scan measures as fast as the single loop it was before.
   */
  private openTag(buf: Uint8Array, pos: number): number {
    const len = buf.length;
    const attrs = this.attrs;
    let p = pos + 1;
    while (p < len && !endsName(buf[p])) p++;
    if (p >= len) return -1;
    if (p === pos + 1) this.fail("bad tag");
    const nameEnd = p;
    attrs.count = 0;
    let selfClosing = false;
    for (;;) {
      while (p < len && isSpace(buf[p])) p++;
      if (p >= len) return -1;
      const b = buf[p];
      if (b === GT || b === SLASH) {
        selfClosing = b === SLASH;
        if (selfClosing && p + 1 >= len) return -1;
        if (selfClosing && buf[p + 1] !== GT) this.fail("bad tag end");
        p += selfClosing ? 2 : 1;
        break;
      }
      // An attribute: name = "value", in either quote.
      const an = p;
      while (p < len && !endsName(buf[p])) p++;
      if (p >= len) return -1;
      if (p === an) this.fail("bad attribute");
      const anEnd = p;
      while (p < len && isSpace(buf[p])) p++;
      if (p >= len) return -1;
      if (buf[p] !== EQ) this.fail("attribute without a value");
      p++;
      while (p < len && isSpace(buf[p])) p++;
      if (p >= len) return -1;
      const q = buf[p];
      if (q !== QUOT && q !== APOS) this.fail("attribute value without quotes");
      const close = buf.indexOf(q, p + 1);
      if (close < 0) return -1;
      const vStart = p + 1;
      if (holds(buf, vStart, close, LT)) this.fail("< in an attribute value");
      const i = attrs.count++;
      attrs.names[i] = this.names.get(buf, an, anEnd);
      attrs.starts[i] = vStart;
      attrs.ends[i] = close;
      attrs.refs[i] = holds(buf, vStart, close, AMP);
      p = close + 1;
    }
    if (this.stack.length === 0 && this.sawRoot) this.fail("a second root element");
    const name = this.localName(buf, pos + 1, nameEnd);
    attrs.buf = buf;
    this.sawRoot = true;
    this.stack.push(name);
    this.handler.open(name, attrs);
    if (selfClosing) {
      this.stack.pop();
      this.handler.close?.(name);
    }
    return p;
  }

  private localName(buf: Uint8Array, start: number, end: number): string {
    let s = start;
    for (let i = start; i < end; i++) if (buf[i] === COLON) s = i + 1;
    return this.names.get(buf, s, end);
  }
}
