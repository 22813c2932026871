import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";
import { XLSX_TYPES } from "./file-types";

/** One file, or (with `multiple`) all the files chosen at once. */
type Picks = { multiple?: false; onPick: (file: File) => void } | { multiple: true; onPick: (files: File[]) => void };

/** A button that opens the system's file chooser (for .xlsx files unless `accept` says otherwise). */
export function FilePicker(
  props: {
    label: string;
    disabled?: boolean;
    appearance?: ButtonProps["appearance"];
    accept?: string;
    /** The hidden input's data-testid, for tests that hand it files. */
    testId?: string;
  } & Picks,
) {
  const input = useRef<HTMLInputElement>(null);
  const picked = (files: File[]) => {
    if (files.length === 0) return;
    if (props.multiple) props.onPick(files);
    else props.onPick(files[0]);
  };
  return (
    <>
      <Button appearance={props.appearance} disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={props.accept ?? XLSX_TYPES}
        multiple={props.multiple}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={props.testId}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that picking the same file again (after editing it) reads it again.
          event.target.value = "";
          picked(files);
        }}
      />
    </>
  );
}
