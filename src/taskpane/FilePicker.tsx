import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A button that opens the system's file chooser for one .xlsx file. */
export function FilePicker({
  label,
  onPick,
  disabled,
  appearance,
}: {
  label: string;
  onPick: (file: File) => void;
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
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
