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
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { useSession } from "../session";
import { failureText } from "./failure";
import {
  type DetectedTable,
  isUnsure,
  mappingFromChoices,
  roleChoices,
  roleLabel,
  UNSURE_BELOW,
  withMapping,
} from "./mapping-view";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: {
    overflowWrap: "anywhere",
  },
  columns: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  unsure: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
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
  const { t } = useUi();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby="mapping-heading" className={styles.section}>
      <Subtitle2 as="h2" block id="mapping-heading">
        {t.mappingHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {tables.map((table, i) => (
          <li key={`${table.sheet}:${table.headerRows.join(",")}:${i}`}>
            <Card size="small" appearance="outline" className={styles.card}>
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
                  <Button
                    size="small"
                    appearance={isUnsure(table) ? "primary" : "secondary"}
                    onClick={() => setOpen(i)}
                  >
                    {t.mappingOpen}
                  </Button>
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
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
  const styles = useStyles();
  const { lang, t } = useUi();
  const session = useSession();
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries(table.columns.map((c) => [c.letter, c.role])),
  );
  const [error, setError] = useState<unknown>(null);
  const choices = roleChoices(table);

  const save = async () => {
    try {
      const meta = await port.loadMetadata();
      await port.saveMetadata(withMapping(meta, mappingFromChoices(table, roles)));
      onClose();
      session.metadataChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form
      className={styles.columns}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {table.columns.map((c) => (
        <Field
          key={c.letter}
          label={t.mappingColumn(c.letter, c.title)}
          hint={
            <Caption1 className={c.confidence < UNSURE_BELOW ? styles.unsure : undefined}>
              {t.mappingConfidence(Math.round(c.confidence * 100))}
            </Caption1>
          }
        >
          <Select value={roles[c.letter]} onChange={(_, data) => setRoles({ ...roles, [c.letter]: data.value })}>
            {choices.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role, t, sourceName)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{failureText(error, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          {t.mappingSave}
        </Button>
        <Button onClick={onClose}>{t.mappingCancel}</Button>
      </div>
    </form>
  );
}
