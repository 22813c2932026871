import { useEffect, useMemo, useState } from "react";
import type { HighlightPlan } from "../../engine/highlight-types";
import type { WorkbookPort } from "../../workbook/port";
import { download, XLSX_MIME } from "../download";
import { useUi } from "../language";
import { isFilePort } from "../session";

export type HighlightStatus = "applying" | "applied" | "cleared" | { error: unknown };

/**
 * The check's highlights: applied once per reading of the workbook (the view is mounted anew for each) and
 * when what is marked changes (another day), not again for the same marks in another language; then cleared
 * (Excel) or offered as a highlighted copy (file mode).
 */
export function useHighlights(port: WorkbookPort, plan: HighlightPlan) {
  const { t } = useUi();
  const [status, setStatus] = useState<HighlightStatus>("applying");
  const key = useMemo(() => JSON.stringify(plan.ranges), [plan]);
  useEffect(() => {
    let live = true;
    setStatus("applying");
    port.applyHighlights(plan).then(
      () => live && setStatus("applied"),
      (error: unknown) => live && setStatus({ error }),
    );
    return () => {
      live = false;
    };
  }, [port, key]);

  const act = (work: () => Promise<void>, after: HighlightStatus) =>
    void work().then(
      () => setStatus(after),
      (error: unknown) => setStatus({ error }),
    );
  const downloadCopy = () =>
    act(async () => {
      const copy = isFilePort(port) ? await port.highlightedCopy() : null;
      if (copy) download(t.highlightedName(port.name ?? "workbook.xlsx"), copy.bytes, XLSX_MIME);
    }, "applied");
  const clear = () => act(() => port.clearHighlights(), "cleared");
  return { status, downloadCopy, clear };
}
