import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2 } from "@fluentui/react-components";
import { formatNumber, type Lang } from "../../i18n/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import type { WorkbookPort } from "../../workbook/port";
import { useConsolidateStyles } from "./consolidate-styles";
import type { Outcome } from "./useConsolidation";

/** The run's figures, then the consolidated workbook to download (file mode) or its new sheets to go to (Excel). */
export function ConsolidationResult({
  outcome,
  lang,
  port,
}: {
  outcome: Extract<Outcome, { step: "done" }>;
  lang: Lang;
  port?: WorkbookPort;
}) {
  const styles = useConsolidateStyles();
  const t = CONSOLIDATE_UI[lang];
  const r = outcome.result.report;
  const count = (s: string) => r.files.filter((f) => f.status === s).length;
  const g = r.grandTotal;
  const figures: [string, string][] = [
    [t.accepted, formatNumber(count("accepted"), lang)],
    [t.duplicates, formatNumber(count("duplicate"), lang)],
    [t.rejectedCount, formatNumber(count("rejected"), lang)],
    [t.allocated, `${formatNumber(g.allocated, lang)} ${t.dong}`],
    [t.disbursed, `${formatNumber(g.actualToDate, lang)} ${t.dong}`],
    [t.rate, g.allocated > 0 ? `${formatNumber((100 * g.actualToDate) / g.allocated, lang, 1)}%` : "–"],
    [t.atRisk, formatNumber(r.atRisk.length, lang)],
  ];
  if (r.missingUnits) figures.push([t.missing, r.missingUnits.join(", ") || t.none]);
  if (r.unexpectedUnits?.length) figures.push([t.unexpected, r.unexpectedUnits.join(", ")]);
  if (r.reconciliation) figures.push([t.differences, formatNumber(r.reconciliation.length, lang)]);
  if (r.slippage) figures.push([t.slippage, formatNumber(r.slippage.length, lang)]);
  return (
    <div className={styles.section} data-testid="consolidate-result">
      <Subtitle2 as="h3">{t.resultHeading}</Subtitle2>
      <dl className={styles.figures}>
        {figures.map(([label, value]) => (
          <div key={label} className={styles.figure}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {outcome.download && (
        <div>
          <Button as="a" appearance="primary" href={outcome.download} download={t.downloadName}>
            {t.download}
          </Button>
        </div>
      )}
      {port && outcome.sheets.length > 0 && (
        <div className={styles.section}>
          <Body1>{t.sheetsAdded}</Body1>
          <div className={styles.row}>
            {outcome.sheets.map((name) => (
              <Button key={name} appearance="secondary" onClick={() => void port.selectCell(name, "A1")}>
                {t.goTo(name)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/** The run's outcome, read out when it changes: what went wrong, or the result. */
export function ConsolidationOutcome({ outcome, lang, port }: { outcome: Outcome; lang: Lang; port?: WorkbookPort }) {
  const t = CONSOLIDATE_UI[lang];
  return (
    <div aria-live="polite">
      {outcome.step === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t.failed}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome.step === "done" && <ConsolidationResult outcome={outcome} lang={lang} port={port} />}
    </div>
  );
}
