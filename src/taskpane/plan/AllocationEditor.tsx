import { Button } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { TypedField, TypedLine } from "../../engine/template/typed";
import { AllocationRow } from "./AllocationRow";
import { useAllocationStyles } from "./allocation-editor-styles";
import type { PlanStrings } from "../../i18n/ui-plan";
import {
  addRow,
  canIndent,
  canOutdent,
  type EditRow,
  removeRow,
  type RowErrors,
  shiftRow,
  updateRow,
} from "./typed-rows";

interface Props {
  t: PlanStrings;
  rows: EditRow[];
  onRows: (rows: EditRow[]) => void;
  errors: RowErrors;
  onErrors: (errors: RowErrors) => void;
  /** The profile's sources, as the user reads them. */
  sources: { id: string; label: string }[];
  /** The unit amounts are typed in, as words ("triệu đồng"). */
  unitWords: string;
}

/**
 * The typed allocation list: one small card per line, indented by level,
 * so it fits a 350 px pane. Every control has a label; Tab goes through a
 * line's kind, its level buttons, then its fields, line after line.
 */
export function AllocationEditor({ t, rows, onRows, errors, onErrors, sources, unitWords }: Props) {
  const styles = useAllocationStyles();
  const prefix = useId();
  const [focusId, setFocusId] = useState<number | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId < 0 ? `${prefix}-add` : `${prefix}-${focusId}-name`)?.focus();
    setFocusId(null);
  }, [focusId, prefix]);

  const edit = (i: number, change: Partial<TypedLine>) => {
    const row = rows[i];
    const fields = Object.keys(change) as (keyof TypedLine)[];
    const left = { ...errors.get(row.id) };
    for (const f of fields) delete left[(f === "kind" ? "depth" : f) as TypedField];
    if (fields.includes("kind")) delete left.name;
    const next = new Map(errors);
    next.set(row.id, left);
    onErrors(next);
    onRows(updateRow(rows, i, change));
  };

  const remove = (i: number) => {
    const next = removeRow(rows, i);
    onRows(next);
    setFocusId((next[i] ?? next[i - 1])?.id ?? -1);
  };

  const add = () => {
    const id = Math.max(0, ...rows.map((r) => r.id)) + 1;
    onRows(addRow(rows, id, sources[0]?.id ?? ""));
    setFocusId(id);
  };

  return (
    <div className={styles.list}>
      {rows.map((row, i) => (
        <AllocationRow
          key={row.id}
          t={t}
          row={row}
          n={i + 1}
          errors={errors.get(row.id) ?? {}}
          nameId={`${prefix}-${row.id}-name`}
          sources={sources}
          unitWords={unitWords}
          onEdit={(change) => edit(i, change)}
          onShift={(by) => onRows(shiftRow(rows, i, by))}
          canOutdent={canOutdent(rows, i)}
          canIndent={canIndent(rows, i)}
          onRemove={() => remove(i)}
        />
      ))}
      <Button id={`${prefix}-add`} size="small" onClick={add} style={{ alignSelf: "flex-start" }}>
        + {t.addRow}
      </Button>
    </div>
  );
}
