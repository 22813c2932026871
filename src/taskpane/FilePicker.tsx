import { Button } from "@fluentui/react-components";
import { useRef } from "react";
import { useUi } from "./language";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A button that opens the system's file chooser for one .xlsx file. */
export function FilePicker({ onPick, disabled }: { onPick: (file: File) => void; disabled?: boolean }) {
  const { t } = useUi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {t.pickFile}
      </Button>
      <input
        ref={input}
        type="file"
        accept={XLSX_TYPES}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again (after editing it) checks it again.
          event.target.value = "";
          if (file) onPick(file);
        }}
      />
    </>
  );
}
