import { useMemo, useState } from "react";
import type { ValidateReport } from "../../engine/report-types";
import { findingCounts, type FindingFilter, listFindings, NO_FILTER, shownFindings } from "./findings-view";

/** Enough to work through; the rest is counted, not rendered. */
const MAX_SHOWN = 200;

/** The findings panel's list: every finding of the report, the filter the user set, and what it shows. */
export function useFindingsFilter(report: ValidateReport) {
  const findings = useMemo(() => listFindings(report), [report]);
  const counts = useMemo(() => findingCounts(findings), [findings]);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const { groups, shown } = useMemo(() => shownFindings(findings, filter, MAX_SHOWN), [findings, filter]);
  return { findings, counts, filter, setFilter, groups, shown };
}
