import { Button, Caption1Strong, Field, Input, Select } from "@fluentui/react-components";
import type { TypedField, TypedLine } from "../../engine/template/typed";
import type { PlanStrings } from "../../i18n/ui-plan";
import { useAllocationStyles } from "./allocation-editor-styles";
import type { EditRow } from "./typed-rows";

const INDENT_PX = 10;

interface Props {
  t: PlanStrings;
  row: EditRow;
  /** The line's number as shown, from 1. */
  n: number;
  errors: Partial<Record<TypedField, string>>;
  /** The name field's id, for the editor to move the focus to. */
  nameId: string;
  sources: { id: string; label: string }[];
  unitWords: string;
  onEdit: (change: Partial<TypedLine>) => void;
  onShift: (by: -1 | 1) => void;
  canOutdent: boolean;
  canIndent: boolean;
  onRemove: () => void;
}

/** A field's error as Fluent's Field props, or none. */
function fieldError(errors: Props["errors"], key: TypedField) {
  return errors[key] ? { validationState: "error" as const, validationMessage: errors[key] } : {};
}

/** An item's source and short fields, two by two. */
function ItemFields(props: Pick<Props, "t" | "row" | "errors" | "sources" | "unitWords" | "onEdit">) {
  const { t, row, onEdit } = props;
  const styles = useAllocationStyles();
  // Of the short fields, only the amount is required, numeric and checked.
  const shortText = (key: "amount" | "code" | "owner" | "leader", label: string) => (
    <Field
      label={label}
      size="small"
      required={key === "amount"}
      {...(key === "amount" ? fieldError(props.errors, key) : {})}
    >
      <Input
        size="small"
        className={styles.input}
        inputMode={key === "amount" ? "decimal" : undefined}
        value={row[key]}
        onChange={(_, d) => onEdit({ [key]: d.value })}
      />
    </Field>
  );
  return (
    <>
      <Field label={t.sourceLabel} size="small" {...fieldError(props.errors, "source")}>
        <Select size="small" value={row.source} onChange={(_, d) => onEdit({ source: d.value })}>
          {props.sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        {shortText("amount", t.amountLabel(props.unitWords))}
        {shortText("code", t.codeLabel)}
        {shortText("owner", t.ownerLabel)}
        {shortText("leader", t.leaderLabel)}
      </div>
    </>
  );
}

/** A small square button of the line's toolbar: its label says what it does, for the symbol does not. */
function Tool(props: { label: string; symbol: string; onClick: () => void; disabled?: boolean }) {
  const styles = useAllocationStyles();
  return (
    <Button
      size="small"
      className={styles.tool}
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled ?? false}
      onClick={props.onClick}
    >
      {props.symbol}
    </Button>
  );
}

/** One typed line as a card: its kind and level, its name, and (items only) its source and short fields. */
export function AllocationRow({ t, row, n, errors, nameId, sources, unitWords, onEdit, ...tools }: Props) {
  const styles = useAllocationStyles();
  const field = (key: TypedField) => fieldError(errors, key);
  const heading = row.kind === "heading";
  return (
    <div
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
            onChange={(_, d) => onEdit({ kind: d.value as TypedLine["kind"] })}
          >
            <option value="heading">{t.levels[Math.min(row.depth, t.levels.length - 1)]}</option>
            <option value="item">{t.itemKind}</option>
          </Select>
        </Field>
        <Tool label={t.outdent(n)} symbol="←" onClick={() => tools.onShift(-1)} disabled={!tools.canOutdent} />
        <Tool label={t.indent(n)} symbol="→" onClick={() => tools.onShift(1)} disabled={!tools.canIndent} />
        <Tool label={t.remove(n)} symbol="✕" onClick={tools.onRemove} />
      </div>
      <Field label={t.nameLabel} size="small" required {...field("name")}>
        <Input id={nameId} size="small" value={row.name} onChange={(_, d) => onEdit({ name: d.value })} />
      </Field>
      {!heading && <ItemFields {...{ t, row, errors, sources, unitWords, onEdit }} />}
    </div>
  );
}
