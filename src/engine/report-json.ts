/**
 * Writes a value as JSON, exactly as JSON.stringify(value, null, 2) would,
 * in pieces: a report of 100,000 lines never becomes one string of a
 * hundred megabytes. Pure (it writes through the callback it is given), so it
 * lives below both its users: the CLI's --json output and the task pane's
 * report download, which must be the same bytes.
 */

export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let buffer = "";
  const out = (s: string): void => {
    buffer += s;
    if (buffer.length >= 1 << 16) {
      write(buffer);
      buffer = "";
    }
  };
  emit(value, "", out);
  out("\n");
  write(buffer);
}

function emit(value: unknown, indent: string, out: (s: string) => void): void {
  if (value === null || typeof value !== "object") {
    out(JSON.stringify(value) ?? "null");
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return out("[]");
    out("[\n");
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      out(inner);
      emit(v === undefined || typeof v === "function" ? null : v, inner, out);
      out(i < value.length - 1 ? ",\n" : "\n");
    }
    return out(`${indent}]`);
  }
  // One pass over the keys, no [key, value] pairs: a report has an object per line.
  const record = value as Record<string, unknown>;
  let first = true;
  for (const k of Object.keys(record)) {
    const v = record[k];
    if (v === undefined || typeof v === "function") continue;
    out(first ? `{\n${inner}${JSON.stringify(k)}: ` : `,\n${inner}${JSON.stringify(k)}: `);
    first = false;
    emit(v, inner, out);
  }
  out(first ? "{}" : `\n${indent}}`);
}
