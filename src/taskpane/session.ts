/**
 * What the pane's views share: the workbook they work on (through its
 * port), the day checks are made at, and the language. Views read it from
 * context, so each view's props stay `{ lang, port }`.
 */

import { createContext, useContext } from "react";
import { localDay } from "../engine/calendar";
import type { Lang } from "../engine/text/format";
import type { FileWorkbookPort } from "../workbook/file/file-port";
import type { WorkbookPort } from "../workbook/port";

export interface PaneSession {
  mode: "excel" | "file";
  port: WorkbookPort | undefined;
  /** Excel mode: why the workbook could not be reached (e.g. an Excel too old for the add-in). */
  portError: unknown;
  /** File mode: the workbook the user picked. */
  openFile(file: File): Promise<void>;
  asOf: string;
  setAsOf(day: string): void;
  setLang(lang: Lang): void;
  /** Bumped when the workbook's metadata (profile, mappings) changed, so the Check view checks again. */
  metadataVersion: number;
  metadataChanged(): void;
}

export const SessionContext = createContext<PaneSession | null>(null);

export function useSession(): PaneSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside the pane's SessionContext");
  return session;
}

export function isFilePort(port: WorkbookPort | undefined): port is FileWorkbookPort {
  return port?.kind === "file" && "highlightedCopy" in port;
}

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return localDay(now);
}
