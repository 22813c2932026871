import { Body1Strong, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMemo } from "react";
import { pastProfileYear } from "../../engine/day-text";
import type { WorkbookPort } from "../../workbook/port";
import { DayField } from "../DayField";
import { useUi } from "../language";
import { useSession } from "../session";
import { CommitmentSection, LeadersSection } from "./Accountability";
import type { CheckEngine } from "./check-state";
import { FindingsPanel } from "./FindingsPanel";
import { Highlights } from "./Highlights";
import { MappingOffers } from "./MappingOffers";
import type { PaneCheckOutcome } from "./run-check";
import { SourceSummary } from "./SourceSummary";
import { StatusSummary } from "./StatusSummary";
import { TablesFound } from "./TablesFound";

/** What the check found, section by section, under the day it was made at. */
export function CheckResult({
  port,
  result,
  engine,
}: {
  port: WorkbookPort;
  result: PaneCheckOutcome;
  engine: CheckEngine;
}) {
  const { t } = useUi();
  const session = useSession();
  const { report } = result;
  const plan = useMemo(() => engine.highlightPlanWithLegend(report, report.lang), [engine, report]);
  const sourceName = (id: string) => result.profile.sources.find((s) => s.id === id)?.label[report.lang] ?? id;
  return (
    <>
      <Body1Strong as="p" block>
        {t.checked(report.file, report.asOf)}
      </Body1Strong>
      <DayField label={t.asOfLabel} hint={t.asOfHint} value={session.asOf} onChange={session.setAsOf} />
      <CheckNotices result={result} />
      {report.tables.length === 0 ? (
        <WarningBar text={t.noTables} />
      ) : (
        <>
          <StatusSummary summary={report.summary} />
          <SourceSummary report={report} sourceName={sourceName} profile={result.profile} />
          <LeadersSection report={report} profile={result.profile} engine={engine} />
          <CommitmentSection port={port} report={report} profile={result.profile} engine={engine} />
          <Highlights port={port} plan={plan} />
          <TablesFound tables={report.tables} />
          <MappingOffers port={port} tables={result.tables} sourceName={sourceName} />
          <FindingsPanel port={port} report={report} />
        </>
      )}
    </>
  );
}

/** What the check was made with that the user should know: a day past the profile's year, what was not used. */
function CheckNotices({ result }: { result: PaneCheckOutcome }) {
  const { t } = useUi();
  const { report, profile, metadataDamage, profileError } = result;
  return (
    <>
      {pastProfileYear(report.asOf, profile) && (
        <WarningBar text={t.asOfPastYear(profile.year)} testId="as-of-past-year" />
      )}
      {metadataDamage && (
        <WarningBar text={`${report.file}: ${t.damagedMetadata(metadataDamage.lost)}`} testId="damaged-metadata" />
      )}
      {profileError && <WarningBar text={t.profileNotUsed(profileError)} />}
    </>
  );
}

function WarningBar({ text, testId }: { text: string; testId?: string }) {
  return (
    <MessageBar intent="warning" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
