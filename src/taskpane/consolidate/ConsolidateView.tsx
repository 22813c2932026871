import { Body1, Button, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Lang } from "../../i18n/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import type { WorkbookPort } from "../../workbook/port";
import { todayIso } from "../session";
import { DayField } from "../DayField";
import { FilePicker } from "../FilePicker";
import { ProfileNote } from "../plan/ProfileNote";
import { BriefingFields } from "./BriefingFields";
import { ComparisonFiles } from "./ComparisonFiles";
import { ConsolidationOutcome } from "./ConsolidationResult";
import { useConsolidateStyles } from "./consolidate-styles";
import { SubmissionList } from "./SubmissionList";
import { type RunInputs, useConsolidation } from "./useConsolidation";

/**
 * Consolidate: pick many submissions, watch each being read, confirm each
 * file's unit, run; then download the consolidated workbook (file mode) or
 * find its sheets added to the open workbook (in Excel, through the port).
 */
export default function ConsolidateView({ lang, port }: { lang: Lang; port?: WorkbookPort }) {
  const styles = useConsolidateStyles();
  const t = CONSOLIDATE_UI[lang];
  const [asOf, setAsOf] = useState(todayIso);
  const [inputs, setInputs] = useState<RunInputs>({
    expected: "",
    treasuryFile: null,
    previousFiles: [],
    briefing: { issuer: "", place: "", scale: "million" },
  });
  const change = (part: Partial<RunInputs>) => setInputs((prev) => ({ ...prev, ...part }));
  const c = useConsolidation({ lang, port, asOf });
  const { entries, outcome, busy } = c;
  const done = entries.filter((e) => e.submission).length;

  return (
    <section className={styles.section} aria-label={t.title} aria-busy={busy}>
      <Subtitle2 as="h2">{t.title}</Subtitle2>
      <Body1 as="p" block>
        {t.intro}
      </Body1>
      <ProfileNote profile={c.profile} lang={lang} />
      <DayField label={t.asOfLabel} value={asOf} onChange={setAsOf} />
      <div className={styles.row}>
        <FilePicker
          label={t.pickFiles}
          appearance="primary"
          multiple
          disabled={busy}
          onPick={c.pick}
          testId="consolidate-files"
        />
        {entries.length > 0 && (
          <Button appearance="subtle" disabled={busy} onClick={c.reset}>
            {t.clear}
          </Button>
        )}
      </div>
      {entries.length > 0 && (
        <SubmissionList lang={lang} entries={entries} units={c.units} onUnit={c.setUnit} outcome={outcome} />
      )}
      <BriefingFields lang={lang} inputs={inputs} onChange={change} />
      <ComparisonFiles lang={lang} disabled={busy} inputs={inputs} onChange={change} />
      <div>
        <Button appearance="primary" disabled={busy || done === 0} onClick={() => void c.run(inputs)}>
          {outcome.step === "running" ? t.running : t.run}
        </Button>
      </div>
      <ConsolidationOutcome outcome={outcome} lang={lang} port={port} />
    </section>
  );
}
