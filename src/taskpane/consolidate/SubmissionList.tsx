import { Body1, Input, ProgressBar } from "@fluentui/react-components";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import type { Lang } from "../../i18n/format";
import { useConsolidateStyles } from "./consolidate-styles";
import type { Entry, Outcome } from "./useConsolidation";

interface Props {
  lang: Lang;
  entries: Entry[];
  units: ReadonlyMap<string, string>;
  onUnit: (file: string, unit: string) => void;
  outcome: Outcome;
}

/** The picked files as they are read: how far the reading is, each file's status, and its unit to confirm. */
export function SubmissionList({ lang, entries, units, onUnit, outcome }: Props) {
  const styles = useConsolidateStyles();
  const t = CONSOLIDATE_UI[lang];
  const done = entries.filter((e) => e.submission).length;
  // A file read well may still be left out once consolidated (its unit is not on the expected list).
  const judged = outcome.step === "done" ? outcome.result.report.files : [];
  const leftOut = (e: Entry) => judged.find((f) => f.file === e.file.name && f.rejectedAs === "not-expected");
  const isRejected = (e: Entry): boolean => !!e.submission && (!e.submission.report || !!leftOut(e));
  const statusOf = (e: Entry): string =>
    e.reading
      ? t.readingFile
      : !e.submission
        ? t.waiting
        : isRejected(e)
          ? t.rejected((leftOut(e)?.reason ?? e.submission.reason) || "")
          : t.readOk(e.submission.report!.summary.lines);
  return (
    <>
      <ProgressBar value={done / entries.length} aria-label={t.progress(done, entries.length)} />
      <Body1 aria-live="polite" data-testid="consolidate-progress">
        {t.progress(done, entries.length)}
      </Body1>
      <ul className={styles.list} aria-label={t.filesHeading}>
        {entries.map((e) => (
          <li key={e.file.name} className={styles.item} data-testid="consolidate-file">
            <span className={styles.file}>{e.file.name}</span>
            <span className={isRejected(e) ? styles.rejected : undefined} data-testid="consolidate-status">
              {statusOf(e)}
            </span>
            {e.submission?.report && (
              <Input
                aria-label={t.unitInput(e.file.name)}
                value={units.get(e.file.name) ?? e.submission.unit ?? ""}
                onChange={(_, d) => onUnit(e.file.name, d.value)}
              />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
