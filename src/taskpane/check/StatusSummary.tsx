import { Badge, type BadgeProps, Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { LineStatus, ReportSummary } from "../../engine/report-types";
import { formatNumber } from "../../engine/text/format";
import { useUi } from "../language";

export const STATUS_ORDER: LineStatus[] = ["ok", "watch", "at-risk", "lapsed", "invalid"];

export const STATUS_COLOR: Record<LineStatus, BadgeProps["color"]> = {
  ok: "success",
  watch: "warning",
  "at-risk": "severe",
  lapsed: "danger",
  invalid: "important",
};

const useStyles = makeStyles({
  totals: {
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  list: {
    listStyleType: "none",
    padding: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "contents",
  },
  count: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
  },
});

/** Lines by status, and the count of errors and warnings. */
export function StatusSummary({ summary }: { summary: ReportSummary }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  return (
    <section aria-labelledby="status-summary-heading">
      <Subtitle2 as="h2" block id="status-summary-heading">
        {t.summaryHeading}
      </Subtitle2>
      <Body1 as="p" block className={styles.totals}>
        {t.lines(summary.lines)} · {t.errors(summary.errors)} · {t.warnings(summary.warnings)}
      </Body1>
      <ul className={styles.list}>
        {STATUS_ORDER.map((status) => (
          <li key={status} className={styles.item}>
            <Badge size="small" shape="circular" color={STATUS_COLOR[status]} aria-hidden="true" />
            <Body1>{t.statuses[status]}</Body1>
            <Body1 className={styles.count}>{formatNumber(summary.byStatus[status], lang)}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
