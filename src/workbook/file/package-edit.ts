/**
 * An edit of a few parts of an .xlsx package that copies every other part as
 * stored, never inflated (zip-rewrite): the user's parts come back byte for
 * byte, and a large sheet costs no inflation to carry over. The edit sees the
 * package as a map of parts; those it may read are inflated first, the
 * others are there by name only, and reading one of them is a bug that throws.
 */

import type { Unzipped } from "fflate";
import { ZipArchive } from "./zip";
import { NewPart, concatBytes, rewriteZip } from "./zip-rewrite";

export type Parts = Unzipped;

const UNREAD: Parts[string] = new Uint8Array(0);

/** The package with `edit` applied to its parts; `reads` names the parts the edit may read. */
export async function editPackage<T>(
  bytes: Uint8Array,
  reads: (name: string) => boolean,
  edit: (parts: Parts) => T,
): Promise<{ bytes: Uint8Array; result: T }> {
  const zip = new ZipArchive(bytes);
  const before = new Map<string, Parts[string]>();
  for (const name of zip.entries.keys()) {
    if (!reads(name)) {
      before.set(name, UNREAD);
      continue;
    }
    const chunks: Uint8Array[] = [];
    await zip.inflate(name, (c) => chunks.push(c));
    // concatBytes allocates a fresh ArrayBuffer, which is what fflate's type asks.
    before.set(name, concatBytes(chunks) as Parts[string]);
  }
  const parts: Parts = Object.fromEntries(before);
  const guarded = new Proxy(parts, {
    get(target, name: string) {
      if (target[name] === UNREAD) throw new Error(`part ${name} was edited without being read`);
      return target[name];
    },
  });
  const result = edit(guarded);
  const replace = new Map<string, NewPart>();
  const add = new Map<string, NewPart>();
  for (const [name, now] of Object.entries(parts)) {
    const was = before.get(name);
    if (was === undefined) add.set(name, NewPart.of(now));
    else if (now !== was) replace.set(name, NewPart.of(now));
  }
  const remove = new Set([...before.keys()].filter((name) => !(name in parts)));
  return { bytes: rewriteZip(bytes, zip, { replace, add, remove }), result };
}
