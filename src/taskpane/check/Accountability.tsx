import { Body1, Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Profile } from "../../engine/profile";
import type { ValidateReport } from "../../engine/report-types";
import type { StampVerdict } from "../../engine/stamp/verdict";
import { ACCOUNTABILITY_TEXT } from "../../engine/text/accountability";
import { localDateTime } from "../../engine/stamp/time";
import { formatNumber } from "../../engine/text/format";
import type { WorkbookPort } from "../../workbook/port";
import { XLSX_MIME, download } from "../download";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { Section } from "../Section";
import type * as CheckEngine from "./run-check";

type Engine = typeof CheckEngine;

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
  const [state, setState] = useState<StampVerdict | null>(null);
  const [leader, setLeader] = useState("");
  const [position, setPosition] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void engine.stampState(port, report, profile).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [engine, port, report, profile]);
  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { unit } = engine.unitOf(report);
      const done = await engine.stampPlan(port, report, { unit, leader, position }, localDateTime(new Date()), lang);
      if (done.copy) download(done.copy.fileName, done.copy.bytes, XLSX_MIME);
      setState(await engine.stampState(port, report, profile));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const intent = state?.state === "valid" ? "success" : state?.state === "changed" ? "error" : "info";
  return (
    <Section id="commitment" heading={a.stampHeading}>
      {state && (
        <MessageBar intent={state.finding ? "error" : intent}>
          <MessageBarBody>{engine.stampStateText(state, lang)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={layout.stackS}>
        <Field label={a.stampLeader} required>
          <Input value={leader} onChange={(_, d) => setLeader(d.value)} />
        </Field>
        <Field label={a.stampPosition} required>
          <Input value={position} onChange={(_, d) => setPosition(d.value)} />
        </Field>
        <Button
          appearance="primary"
          disabled={busy || !leader.trim() || !position.trim()}
          onClick={() => void commit()}
        >
          {a.stampHeading}
        </Button>
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
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
