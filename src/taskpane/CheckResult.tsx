import {
  Body1Strong,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { ValidateReport } from "../engine/report-types";
import { failureText, type LoadedWorkbook } from "./check-file";
import { FindingsList } from "./FindingsList";
import { useUi } from "./language";
import { StatusSummary } from "./StatusSummary";
import { TablesFound } from "./TablesFound";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
});

/** The check of a loaded workbook, re-run when the language changes so messages follow it. */
export function CheckResult({ workbook, asOf }: { workbook: LoadedWorkbook; asOf: string }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  const outcome = useMemo((): { report: ValidateReport } | { error: unknown } => {
    try {
      return { report: workbook.check(lang, asOf) };
    } catch (error) {
      return { error };
    }
  }, [workbook, lang, asOf]);

  if ("error" in outcome) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{t.readFailed}</MessageBarTitle>
          {workbook.fileName}: {failureText(outcome.error, lang)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { report } = outcome;
  return (
    <div className={styles.result}>
      <Body1Strong as="p" block>
        {t.checked(report.file, report.asOf)}
      </Body1Strong>
      {report.tables.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTables}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <StatusSummary summary={report.summary} />
          <TablesFound tables={report.tables} />
          <FindingsList report={report} />
        </>
      )}
    </div>
  );
}
