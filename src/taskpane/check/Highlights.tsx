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
import { useEffect, useMemo, useState } from "react";
import type { HighlightPlan } from "../../engine/highlight-types";
import { highlightLegend } from "../../engine/text/highlight";
import type { WorkbookPort } from "../../workbook/port";
import { download, XLSX_MIME } from "../download";
import { useUi } from "../language";
import { isFilePort } from "../session";
import { failureText } from "./failure";

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

type Status = "applying" | "applied" | "cleared" | { error: unknown };

/**
 * The check's highlights: applied to the workbook in Excel (with "Clear"),
 * or, in file mode, offered as a highlighted copy to download. The legend
 * says what each colour means.
 */
export function Highlights({ port, plan }: { port: WorkbookPort; plan: HighlightPlan }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  const [status, setStatus] = useState<Status>("applying");

  // Applied once per reading of the workbook (this view is mounted anew for each) and when what is marked
  // changes (another day), not again for the same marks in another language.
  const key = useMemo(() => JSON.stringify(plan.ranges), [plan]);
  useEffect(() => {
    let live = true;
    setStatus("applying");
    port.applyHighlights(plan).then(
      () => live && setStatus("applied"),
      (error: unknown) => live && setStatus({ error }),
    );
    return () => {
      live = false;
    };
  }, [port, key]);

  if (plan.ranges.length === 0) return null;
  const act = (work: () => Promise<void>, after: Status) =>
    work().then(
      () => setStatus(after),
      (error: unknown) => setStatus({ error }),
    );

  return (
    <section aria-labelledby="highlights-heading" className={styles.section}>
      <Subtitle2 as="h2" block id="highlights-heading">
        {t.highlightsHeading}
      </Subtitle2>
      <Body1 as="p" block aria-live="polite">
        {status === "cleared" ? t.highlightsCleared : isFilePort(port) ? t.highlightsFile : t.highlightsApplied}
      </Body1>
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
      {(status === "applied" || status === "cleared") &&
        port.notes?.map((note) => (
          <MessageBar key={note} intent="warning">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
      {typeof status === "object" && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.highlightFailed} {failureText(status.error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {isFilePort(port) ? (
        <Button
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={status !== "applied"}
          onClick={() =>
            void act(async () => {
              const copy = await port.highlightedCopy();
              if (copy) download(t.highlightedName(port.name ?? "workbook.xlsx"), copy.bytes, XLSX_MIME);
            }, "applied")
          }
        >
          {t.downloadHighlighted}
        </Button>
      ) : (
        <Button
          icon={<EraserRegular />}
          disabled={status !== "applied"}
          onClick={() => void act(() => port.clearHighlights(), "cleared")}
        >
          {t.clearHighlights}
        </Button>
      )}
    </section>
  );
}
