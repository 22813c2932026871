/** Offers bytes to the user as a file download (an object URL on a temporary link). */
export function download(fileName: string, data: Blob | Uint8Array, type = "application/octet-stream"): void {
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the URL once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Kept here too for the views that import it with `download`.
export { XLSX_MIME } from "./file-types";
