import {
  Body1Strong,
  Button,
  Caption1,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { ListSection } from "../Section";
import { FailureBar } from "./FailureBar";
import { type ColumnChoice, type DetectedTable, isUnsure, roleChoices, roleLabel, UNSURE_BELOW } from "./mapping-view";
import { useMappingEditor } from "./useMappingEditor";

const useStyles = makeStyles({
  title: {
    overflowWrap: "anywhere",
  },
  unsure: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  // A native select is as wide as its longest option ("Vốn giao — Vốn năm 2022 kéo dài sang 2024"); held to the pane.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
  selectInner: { width: "100%", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
});

/** Each table's column roles, offered for review (first where detection is unsure) and saved in the workbook. */
export function MappingOffers({
  port,
  tables,
  sourceName,
}: {
  port: WorkbookPort;
  tables: DetectedTable[];
  sourceName: (id: string) => string;
}) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useUi();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <ListSection id="mapping-heading" heading={t.mappingHeading}>
      {tables.map((table, i) => (
        <li key={`${table.sheet}:${table.headerRows.join(",")}:${i}`}>
          <Card size="small" appearance="outline" className={layout.stackS}>
            <Body1Strong as="h3" block className={styles.title}>
              {table.sheet} · {t.headerRows} {table.headerRows.join(", ")}
            </Body1Strong>
            {isUnsure(table) && (
              <MessageBar intent="warning">
                <MessageBarBody>
                  {t.mappingUnsure} {table.unitGuessed ? t.mappingUnitGuessed : ""}
                </MessageBarBody>
              </MessageBar>
            )}
            {open === i ? (
              <MappingEditor port={port} table={table} sourceName={sourceName} onClose={() => setOpen(null)} />
            ) : (
              <div>
                <Button size="small" appearance={isUnsure(table) ? "primary" : "secondary"} onClick={() => setOpen(i)}>
                  {t.mappingOpen}
                </Button>
              </div>
            )}
          </Card>
        </li>
      ))}
    </ListSection>
  );
}

function MappingEditor({
  port,
  table,
  sourceName,
  onClose,
}: {
  port: WorkbookPort;
  table: DetectedTable;
  sourceName: (id: string) => string;
  onClose: () => void;
}) {
  const layout = useLayoutStyles();
  const { t } = useUi();
  const { roles, setRole, error, save } = useMappingEditor(port, table, onClose);
  const choices = roleChoices(table);
  return (
    <form
      className={layout.stackM}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {table.columns.map((c) => (
        <RoleField
          key={c.letter}
          column={c}
          role={roles[c.letter]}
          choices={choices}
          sourceName={sourceName}
          onRole={(role) => setRole(c.letter, role)}
        />
      ))}
      {error !== null && <FailureBar error={error} />}
      <div className={layout.buttonRow}>
        <Button type="submit" appearance="primary">
          {t.mappingSave}
        </Button>
        <Button onClick={onClose}>{t.mappingCancel}</Button>
      </div>
    </form>
  );
}

/** One column: its letter and title, how sure detection was, and the role to give it. */
function RoleField(props: {
  column: ColumnChoice;
  role: string;
  choices: string[];
  sourceName: (id: string) => string;
  onRole: (role: string) => void;
}) {
  const styles = useStyles();
  const { t } = useUi();
  const { column: c, role, sourceName } = props;
  return (
    <Field
      className={styles.field}
      label={t.mappingColumn(c.letter, c.title)}
      hint={
        <Caption1 className={c.confidence < UNSURE_BELOW ? styles.unsure : undefined}>
          {t.mappingConfidence(Math.round(c.confidence * 100))}
        </Caption1>
      }
    >
      <Select
        className={styles.select}
        select={{ className: styles.selectInner, title: roleLabel(role, t, sourceName) }}
        value={role}
        onChange={(_, data) => props.onRole(data.value)}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {roleLabel(choice, t, sourceName)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
