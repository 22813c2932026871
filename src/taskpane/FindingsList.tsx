import { Badge, type BadgeProps, Body1, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Severity, ValidateReport } from "../engine/report-types";
import { listFindings } from "./findings";
import { formatNumber } from "../i18n/format";
import { useUi } from "./language";

/** Enough to work through; the rest is counted, not rendered. */
const MAX_SHOWN = 200;

const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  note: {
    margin: `${tokens.spacingVerticalXS} 0`,
    color: tokens.colorNeutralForeground3,
  },
  list: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  where: {
    overflowWrap: "anywhere",
  },
  rule: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
  },
});

/** Each finding: severity, where (sheet and cell), rule and message. */
export function FindingsList({ report }: { report: ValidateReport }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  const findings = useMemo(() => listFindings(report), [report]);
  const shown = findings.slice(0, MAX_SHOWN);
  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" block id="findings-heading">
        {t.findingsHeading} ({formatNumber(findings.length, lang)})
      </Subtitle2>
      {findings.length === 0 && (
        <Body1 as="p" block className={styles.note}>
          {t.noFindings}
        </Body1>
      )}
      {shown.length < findings.length && (
        <Caption1 as="p" block className={styles.note}>
          {t.findingsShown(shown.length, findings.length)}
        </Caption1>
      )}
      <ol className={styles.list} aria-labelledby="findings-heading">
        {shown.map((f, i) => (
          <li key={i} className={styles.item}>
            <div className={styles.meta}>
              <Badge size="small" appearance="tint" color={SEVERITY_COLOR[f.severity]}>
                {t.severities[f.severity]}
              </Badge>
              <Caption1 className={styles.where}>
                {f.sheet} · {f.cell ?? t.wholeTable}
              </Caption1>
              <Caption1 className={styles.rule}>{f.rule}</Caption1>
            </div>
            <Body1 block>{f.message}</Body1>
          </li>
        ))}
      </ol>
    </section>
  );
}
