import { Body1, Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Profile } from "../../engine/profile";
import type { ValidateReport } from "../../engine/report-types";
import { ACCOUNTABILITY_TEXT } from "../../engine/text/accountability";
import { formatNumber } from "../../engine/text/format";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { Section } from "../Section";
import type { CheckEngine as Engine } from "./check-state";
import { stampIntent } from "./stamp-view";
import { useCommitment } from "./useCommitment";

/** "Xác nhận kế hoạch": the stamp's state on this check, and the leader's commitment to the plan as checked. */
export function CommitmentSection({
  port,
  report,
  profile,
  engine,
}: {
  port: WorkbookPort;
  report: ValidateReport;
  profile: Profile;
  engine: Engine;
}) {
  const { lang } = useUi();
  const a = ACCOUNTABILITY_TEXT[lang];
  const layout = useLayoutStyles();
  const form = useCommitment(port, report, profile, engine);
  return (
    <Section id="commitment" heading={a.stampHeading}>
      {form.verdict && (
        <MessageBar intent={stampIntent(form.verdict)}>
          <MessageBarBody>{engine.stampStateText(form.verdict, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.stackS}>
        <Field label={a.stampLeader} required>
          <Input value={form.leader} onChange={(_, d) => form.setLeader(d.value)} />
        </Field>
        <Field label={a.stampPosition} required>
          <Input value={form.position} onChange={(_, d) => form.setPosition(d.value)} />
        </Field>
        <Button appearance="primary" disabled={!form.ready} onClick={() => void form.commit()}>
          {a.stampHeading}
        </Button>
        {form.error && (
          <MessageBar intent="error">
            <MessageBarBody>{form.error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}

/** Results per responsible leader: lines, capital, planned to date, disbursed, rate, lines at risk and lapsed. */
export function LeadersSection({
  report,
  profile,
  engine,
}: {
  report: ValidateReport;
  profile: Profile;
  engine: Engine;
}) {
  const { lang } = useUi();
  const a = ACCOUNTABILITY_TEXT[lang];
  const leaders = engine.resultsByLeader([{ unit: "", report, year: profile.year }]);
  if (!leaders.some((l) => l.leader !== "")) return null;
  return (
    <Section id="leaders" heading={a.leadersHeading} spacing="S">
      {leaders.map((l) => (
        <Body1 as="p" block key={l.leader || "-"}>
          <strong>{l.leader || a.noLeader}</strong>: {a.lineCount(l.lines)}; {a.rate}{" "}
          {l.rate === null ? "–" : `${formatNumber(l.rate * 100, lang, 1)}%`}; {a.atRisk.toLowerCase()} {l.atRisk},{" "}
          {a.lapsed.toLowerCase()} {l.lapsed}
        </Body1>
      ))}
    </Section>
  );
}
