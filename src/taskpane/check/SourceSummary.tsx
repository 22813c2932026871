import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { LineStatus, ValidateReport } from "../../engine/report-types";
import { formatNumber } from "../../i18n/format";
import type { Profile } from "../../engine/profile";
import { deadlineOf, sortByDeadline } from "../../engine/profile/deadlines";
import { useUi } from "../language";
import { ListSection } from "../Section";
import { summaryBySource } from "./findings-view";
import { STATUS_COLOR, STATUS_ORDER } from "./StatusSummary";

const useStyles = makeStyles({
  source: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
});

/** Project lines per capital source, by status (statuses with no line left out), sources in deadline order. */
export function SourceSummary({
  report,
  sourceName,
  profile,
}: {
  report: ValidateReport;
  sourceName: (id: string) => string;
  profile: Profile;
}) {
  const styles = useStyles();
  const { lang, t } = useUi();
  // Earliest deadline first: the order in which the money must go out.
  const sources = useMemo(
    () => sortByDeadline(summaryBySource(report).map((s) => ({ ...s, deadline: deadlineOf(profile, s.source) }))),
    [report, profile],
  );
  if (sources.length === 0) return null;
  return (
    <ListSection id="by-source-heading" heading={t.bySourceHeading}>
      {sources.map((s) => (
        <li key={s.source} className={styles.source}>
          <Body1>
            {sourceName(s.source)} · {t.sourceLines(s.lines)}
          </Body1>
          <div className={styles.counts}>
            {STATUS_ORDER.filter((status: LineStatus) => s.byStatus[status] > 0).map((status) => (
              <Badge key={status} appearance="tint" color={STATUS_COLOR[status]} size="medium">
                <Caption1>
                  {t.statuses[status]}: {formatNumber(s.byStatus[status], lang)}
                </Caption1>
              </Badge>
            ))}
          </div>
        </li>
      ))}
    </ListSection>
  );
}
