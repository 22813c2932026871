import { Button, Caption1Strong, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { TypedField, TypedLine } from "../../engine/template/typed";
import type { PlanStrings } from "../../i18n/ui-plan";
import { addRow, canIndent, canOutdent, type EditRow, removeRow, shiftRow, updateRow } from "./typed-rows";

/** Messages per row id and field, shown under the fields until they are edited. */
export type RowErrors = Map<number, Partial<Record<TypedField, string>>>;

const INDENT_PX = 10;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignSelf: "stretch", minWidth: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorBrandStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground3 },
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  number: { minWidth: "18px", lineHeight: "24px" },
  kind: { flexGrow: 1, minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  tool: { minWidth: "28px", maxWidth: "28px", paddingLeft: 0, paddingRight: 0 },
});

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
  const styles = useStyles();
  const prefix = useId();
  const [focusId, setFocusId] = useState<number | null>(null);
  const idOf = (rowId: number, field: string) => `${prefix}-${rowId}-${field}`;

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
      {rows.map((row, i) => {
        const n = i + 1;
        const err = errors.get(row.id) ?? {};
        const field = (key: TypedField) =>
          err[key] ? { validationState: "error" as const, validationMessage: err[key] } : {};
        const tool = (label: string, symbol: string, onClick: () => void, disabled = false) => (
          <Button
            size="small"
            className={styles.tool}
            aria-label={label}
            title={label}
            disabled={disabled}
            onClick={onClick}
          >
            {symbol}
          </Button>
        );
        // Of the short fields, only the amount is required, numeric and checked.
        const shortText = (key: "amount" | "code" | "owner" | "leader", label: string) => (
          <Field label={label} size="small" required={key === "amount"} {...(key === "amount" ? field(key) : {})}>
            <Input
              size="small"
              className={styles.input}
              inputMode={key === "amount" ? "decimal" : undefined}
              value={row[key]}
              onChange={(_, d) => edit(i, { [key]: d.value })}
            />
          </Field>
        );
        const heading = row.kind === "heading";
        return (
          <div
            key={row.id}
            role="group"
            aria-label={t.row(n)}
            className={heading ? `${styles.row} ${styles.heading}` : styles.row}
            style={{ marginLeft: `${row.depth * INDENT_PX}px` }}
          >
            <div className={styles.top}>
              <Caption1Strong className={styles.number} aria-hidden="true">
                {n}.
              </Caption1Strong>
              <Field size="small" className={styles.kind} {...field("depth")}>
                <Select
                  size="small"
                  aria-label={t.kindLabel}
                  value={heading ? "heading" : "item"}
                  onChange={(_, d) => edit(i, { kind: d.value as TypedLine["kind"] })}
                >
                  <option value="heading">{t.levels[Math.min(row.depth, t.levels.length - 1)]}</option>
                  <option value="item">{t.itemKind}</option>
                </Select>
              </Field>
              {tool(t.outdent(n), "←", () => onRows(shiftRow(rows, i, -1)), !canOutdent(rows, i))}
              {tool(t.indent(n), "→", () => onRows(shiftRow(rows, i, 1)), !canIndent(rows, i))}
              {tool(t.remove(n), "✕", () => remove(i))}
            </div>
            <Field label={t.nameLabel} size="small" required {...field("name")}>
              <Input
                id={idOf(row.id, "name")}
                size="small"
                value={row.name}
                onChange={(_, d) => edit(i, { name: d.value })}
              />
            </Field>
            {!heading && (
              <>
                <Field label={t.sourceLabel} size="small" {...field("source")}>
                  <Select size="small" value={row.source} onChange={(_, d) => edit(i, { source: d.value })}>
                    {sources.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.label}
                      </option>
                    ))}
                  </Select>
                </Field>
                <div className={styles.pair}>
                  {shortText("amount", t.amountLabel(unitWords))}
                  {shortText("code", t.codeLabel)}
                  {shortText("owner", t.ownerLabel)}
                  {shortText("leader", t.leaderLabel)}
                </div>
              </>
            )}
          </div>
        );
      })}
      <Button id={`${prefix}-add`} size="small" onClick={add} style={{ alignSelf: "flex-start" }}>
        + {t.addRow}
      </Button>
    </div>
  );
}
