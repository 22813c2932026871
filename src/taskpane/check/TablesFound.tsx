import { Body1Strong, Card, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { Fragment } from "react";
import type { ReportTable } from "../../engine/report-types";
import { planLines } from "../../engine/report-lines";
import { formatNumber, moneyUnitName } from "../../engine/text/format";
import { useUi } from "../language";
import { ListSection } from "../Section";

const useStyles = makeStyles({
  sheet: {
    overflowWrap: "anywhere",
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  value: {
    ...typographyStyles.caption1,
  },
});

/** "5, 6" -> "5–6"; other lists as they are. */
function rowSpan(rows: number[]): string {
  if (rows.length > 1 && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1)) {
    return `${rows[0]}–${rows[rows.length - 1]}`;
  }
  return rows.join(", ");
}

/** The plan tables detection found: where they are and how they are laid out. */
export function TablesFound({ tables }: { tables: ReportTable[] }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  const facts = (table: ReportTable): [string, string][] => [
    [t.headerRows, rowSpan(table.headerRows)],
    [t.unit, moneyUnitName(table.unit, lang)],
    [t.granularity, t.granularities[table.granularity]],
    [t.lineCount, formatNumber(planLines(table).length, lang)],
  ];
  return (
    <ListSection id="tables-found-heading" heading={`${t.tablesHeading} (${formatNumber(tables.length, lang)})`}>
      {tables.map((table, i) => (
        <li key={`${table.sheet}:${table.headerRows.join(",")}:${i}`}>
          <Card size="small" appearance="outline">
            <Body1Strong as="h3" block className={styles.sheet}>
              {table.sheet}
            </Body1Strong>
            <dl className={styles.facts}>
              {facts(table).map(([term, value]) => (
                <Fragment key={term}>
                  <dt className={styles.term}>{term}</dt>
                  <dd className={styles.value}>{value}</dd>
                </Fragment>
              ))}
            </dl>
          </Card>
        </li>
      ))}
    </ListSection>
  );
}
