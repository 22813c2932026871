/**
 * The structure our add-in manifest must have, checked without the XML
 * schemas: Microsoft's schemas are not ours to copy into this repository and
 * no npm package ships them (README "Manifest check"), so this is the check a
 * clone of the repository alone can run. It checks what Office would refuse or show broken, not every rule
 * of the schema: ids and version, host and requirement sets, every URL https
 * under one base, every icon present at its size, ribbon ids unique, every
 * resid resolved in the right resource list, strings within their limits.
 */

import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** The manifest as a tree (names with their prefixes, as written). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on("opentag", (tag) => {
    const el: XmlElement = {
      name: tag.name,
      attrs: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: "",
      line: parser.line,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.write(xml).close();
  if (root === null) throw new Error("no root element");
  return root;
}

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const child of el.children) yield* walk(child);
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => localName(c.name) === name);
}

/** Limits Office applies to manifest strings (characters). */
export const LIMITS = { shortString: 125, longString: 250, url: 2048, displayName: 125, description: 250 };

/** The Excel requirement set every supported host has (Excel 2021: ExcelApi 1.14); see README "Supported Excel". */
export const REQUIRED_SETS: Record<string, string> = { ExcelApi: "1.14", DialogApi: "1.1" };

export interface ManifestCheckOptions {
  /** Every URL must start with this (https). */
  baseUrl: string;
  /** The width and height of the PNG a URL under baseUrl names, or null when there is no such file. */
  pngSize(relativePath: string): { width: number; height: number } | null;
}

const versionAtLeast = (have: string, want: string) => {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

/** Every problem found, one sentence each with its line; empty when the manifest is as it must be. */
export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  const problems: string[] = [];
  const at = (el: XmlElement, text: string) => problems.push(`line ${el.line}: ${text}`);
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message}`];
  }
  if (root.name !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") {
    return [`the root is not <OfficeApp xsi:type="TaskPaneApp"> (found <${root.name}>)`];
  }

  const required = (name: string) => {
    const el = child(root, name);
    if (!el) problems.push(`<${name}> is missing`);
    return el;
  };
  const id = required("Id");
  if (id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.text.trim())) {
    at(id, `<Id> "${id.text.trim()}" is not a GUID`);
  }
  const version = required("Version");
  if (version && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version.text.trim())) {
    at(version, `<Version> "${version.text.trim()}" is not n.n.n.n`);
  }
  for (const name of [
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
  ]) {
    required(name);
  }
  const limitOf = (el: XmlElement, limit: number, what: string) => {
    for (const value of [el.attrs.DefaultValue, ...el.children.map((o) => o.attrs.Value)]) {
      if (value !== undefined && [...value].length > limit)
        at(el, `${what} is ${[...value].length} characters, over ${limit}`);
    }
  };
  const displayName = child(root, "DisplayName");
  if (displayName) limitOf(displayName, LIMITS.displayName, "<DisplayName>");
  const description = child(root, "Description");
  if (description) limitOf(description, LIMITS.description, "<Description>");

  const hosts = child(root, "Hosts");
  if (!hosts?.children.some((h) => h.attrs.Name === "Workbook")) problems.push('<Hosts> does not name "Workbook"');
  const sets = child(child(root, "Requirements"), "Sets");
  for (const [set, min] of Object.entries(REQUIRED_SETS)) {
    const el = sets?.children.find((s) => s.attrs.Name === set);
    if (!el) problems.push(`<Requirements> does not require ${set} (at least ${min})`);
    else if (!versionAtLeast(el.attrs.MinVersion ?? sets?.attrs.DefaultMinVersion ?? "1.1", min)) {
      at(el, `${set} MinVersion ${el.attrs.MinVersion} is below ${min}, the level every supported Excel has`);
    }
  }

  // URLs: every http(s) value anywhere, and where each icon points.
  for (const el of walk(root)) {
    for (const value of [el.attrs.DefaultValue, el.attrs.Value]) {
      if (value === undefined || !/^[a-z]+:\/\//i.test(value)) continue;
      if (value.length > LIMITS.url) at(el, `URL longer than ${LIMITS.url} characters`);
      if (!value.startsWith("https://")) at(el, `${value} is not https (Office loads add-ins over https only)`);
      else if (!value.startsWith(options.baseUrl)) at(el, `${value} is not under ${options.baseUrl}`);
    }
  }
  const iconAt = (el: XmlElement, url: string | undefined, size: number) => {
    if (url === undefined || !url.startsWith(options.baseUrl)) return;
    const file = url.slice(options.baseUrl.length);
    const png = options.pngSize(file);
    if (!png) at(el, `${file} is missing or not a PNG (npm run icons)`);
    else if (png.width !== size || png.height !== size)
      at(el, `${file} is ${png.width}×${png.height}, not ${size}×${size}`);
  };
  const iconUrl = child(root, "IconUrl");
  if (iconUrl) iconAt(iconUrl, iconUrl.attrs.DefaultValue, 64);
  const highRes = child(root, "HighResolutionIconUrl");
  if (highRes) iconAt(highRes, highRes.attrs.DefaultValue, 128);

  // Resources by kind, ids unique within the manifest's resources.
  const resources = [...walk(root)].find((el) => localName(el.name) === "Resources");
  const kinds = new Map<string, string>(); // resource id → list name
  const imageUrls = new Map<string, string>();
  for (const list of resources?.children ?? []) {
    const kind = localName(list.name);
    for (const res of list.children) {
      const rid = res.attrs.id;
      if (kinds.has(rid)) at(res, `resource id "${rid}" is defined twice`);
      kinds.set(rid, kind);
      if (kind === "Images") imageUrls.set(rid, res.attrs.DefaultValue);
      if (kind === "ShortStrings") limitOf(res, LIMITS.shortString, `short string "${rid}"`);
      if (kind === "LongStrings") limitOf(res, LIMITS.longString, `long string "${rid}"`);
    }
  }
  const expectedKind = (el: XmlElement) => {
    const name = localName(el.name);
    if (name === "Image") return "Images";
    if (name === "Label" || name === "Title") return "ShortStrings";
    if (name === "Description") return "LongStrings";
    return "Urls"; // SourceLocation, FunctionFile, LearnMoreUrl
  };
  const controlIds = new Set<string>();
  const iconsChecked = new Set<string>();
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid !== undefined) {
      const want = expectedKind(el);
      const kind = kinds.get(resid);
      if (kind === undefined) at(el, `resid "${resid}" is not defined in <Resources>`);
      else if (kind !== want) at(el, `resid "${resid}" is in ${kind}, <${localName(el.name)}> needs ${want}`);
      else if (want === "Images" && !iconsChecked.has(resid)) {
        iconsChecked.add(resid);
        iconAt(el, imageUrls.get(resid), Number(el.attrs.size));
      }
    }
    const ribbonId = el.attrs.id;
    if (ribbonId !== undefined && ["CustomTab", "Group", "Control"].includes(localName(el.name))) {
      if (controlIds.has(ribbonId)) at(el, `ribbon id "${ribbonId}" is used twice`);
      controlIds.add(ribbonId);
    }
  }
  return problems;
}

/** Width and height of a PNG from its IHDR chunk; null when the bytes are not a PNG. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
