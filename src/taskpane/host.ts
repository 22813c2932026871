/**
 * Where the pane is running. Inside Excel (Office.onReady reports the Excel
 * host) it works on the open workbook: "excel" mode. Anywhere else (a plain
 * browser, office.js blocked or unreachable, another host) it works on an
 * .xlsx file the user picks: "file" mode.
 */

export type HostMode = "excel" | "file";

export interface HostInfo {
  mode: HostMode;
  /** The Office theme to follow, when Office provides one. */
  officeTheme: Office.OfficeTheme | null;
  /** Office's display language ("vi-VN", "en-US"…) inside Office; null elsewhere. */
  displayLanguage: string | null;
}

/** How long to wait for office.js to answer before starting in file mode. */
const OFFICE_READY_TIMEOUT_MS = 5000;

const FILE_MODE: HostInfo = { mode: "file", officeTheme: null, displayLanguage: null };

export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  // office.js did not load (offline, blocked, or the page opened from disk).
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return FILE_MODE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info?.host !== Office.HostType.Excel) return FILE_MODE;
    return {
      mode: "excel",
      officeTheme: Office.context?.officeTheme ?? null,
      displayLanguage: Office.context?.displayLanguage ?? null,
    };
  } catch {
    return FILE_MODE;
  } finally {
    clearTimeout(timer);
  }
}
