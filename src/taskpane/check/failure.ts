import type { Lang } from "../../engine/text/format";
import { WorkbookReadError } from "../../workbook/file/read-error";

/** Why reading or checking failed, for the user (Office errors keep their code in the message). */
export function failureText(error: unknown, lang: Lang): string {
  if (error instanceof WorkbookReadError) return error.reason(lang);
  if (error instanceof Error) {
    const code = (error as Error & { code?: unknown }).code;
    return typeof code === "string" && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
