import { useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { SheetFinding } from "./findings-view";

/**
 * The finding and cell the user went to: selected in Excel; in file mode,
 * with nothing to select, shown above the list (`selectedRef`), scrolled to.
 */
export function useFindingSelection(port: WorkbookPort) {
  const [current, setCurrent] = useState<{ finding: SheetFinding; cell: string } | null>(null);
  const [selectError, setSelectError] = useState<unknown>(null);
  const selectedRef = useRef<HTMLDivElement>(null);

  const go = async (f: SheetFinding, cell: string) => {
    setCurrent({ finding: f, cell });
    setSelectError(null);
    if (port.kind === "file") {
      // Nothing to select in a file: the cell is shown at the top of the list.
      selectedRef.current?.scrollIntoView?.({ block: "nearest" });
      return;
    }
    try {
      await port.selectCell(f.sheet, cell);
    } catch (error) {
      setSelectError(error);
    }
  };

  return { current, selectError, selectedRef, go };
}
