/**
 * Writes a value as JSON, exactly as JSON.stringify(value, null, 2) would,
 * in pieces: a report of 100,000 lines never becomes one string of a
 * hundred megabytes.
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
    value.forEach((v, i) => {
      out(inner);
      emit(v === undefined || typeof v === "function" ? null : v, inner, out);
      out(i < value.length - 1 ? ",\n" : "\n");
    });
    return out(`${indent}]`);
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== "function",
  );
  if (entries.length === 0) return out("{}");
  out("{\n");
  entries.forEach(([k, v], i) => {
    out(`${inner}${JSON.stringify(k)}: `);
    emit(v, inner, out);
    out(i < entries.length - 1 ? ",\n" : "\n");
  });
  out(`${indent}}`);
}
