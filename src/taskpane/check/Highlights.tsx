import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, EraserRegular } from "@fluentui/react-icons";
import type { HighlightPlan } from "../../engine/highlight-types";
import { highlightLegend } from "../../engine/text/highlight";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { isFilePort } from "../session";
import { FailureBar } from "./FailureBar";
import { useHighlights } from "./useHighlights";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  entry: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  swatch: {
    flexShrink: 0,
    width: "28px",
    height: "18px",
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * The check's highlights: applied to the workbook in Excel (with "Clear"),
 * or, in file mode, offered as a highlighted copy to download. The legend
 * says what each colour means.
 */
export function Highlights({ port, plan }: { port: WorkbookPort; plan: HighlightPlan }) {
  const styles = useStyles();
  const { t } = useUi();
  const { status, downloadCopy, clear } = useHighlights(port, plan);
  if (plan.ranges.length === 0) return null;
  const done = status === "applied" || status === "cleared";
  return (
    <section aria-labelledby="highlights-heading" className={styles.section}>
      <Subtitle2 as="h2" block id="highlights-heading">
        {t.highlightsHeading}
      </Subtitle2>
      <Body1 as="p" block aria-live="polite">
        {status === "cleared" ? t.highlightsCleared : isFilePort(port) ? t.highlightsFile : t.highlightsApplied}
      </Body1>
      <HighlightLegend />
      {done &&
        port.notes?.map((note) => (
          <MessageBar key={note} intent="warning">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
      {typeof status === "object" && <FailureBar doing={t.highlightFailed} error={status.error} />}
      {isFilePort(port) ? (
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={status !== "applied"}
          onClick={downloadCopy}
        >
          {t.downloadHighlighted}
        </Button>
      ) : (
        <Button icon={<EraserRegular />} disabled={status !== "applied"} onClick={clear}>
          {t.clearHighlights}
        </Button>
      )}
    </section>
  );
}

/** What each colour means, with a swatch of it. */
function HighlightLegend() {
  const styles = useStyles();
  const { lang } = useUi();
  return (
    <ul className={styles.legend}>
      {highlightLegend(lang).map((entry) => (
        <li key={entry.mark} className={styles.entry}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: entry.fill, color: entry.fontColor }}
            aria-hidden="true"
          >
            123
          </span>
          <Caption1>{entry.label}</Caption1>
        </li>
      ))}
    </ul>
  );
}
