import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A button that opens the system's file chooser for one file (an .xlsx unless `accept` says otherwise). */
export function FilePicker({
  label,
  onPick,
  disabled,
  appearance,
  accept = XLSX_TYPES,
  testId,
}: {
  label: string;
  onPick: (file: File) => void;
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
  accept?: string;
  /** The hidden input's data-testid, for tests that hand it files. */
  testId?: string;
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
        accept={accept}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again (after editing it) reads it again.
          event.target.value = "";
          if (file) onPick(file);
        }}
      />
    </>
  );
}
