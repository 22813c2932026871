import {
  Badge,
  type BadgeProps,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import { type RuleId, type Severity, type ValidateReport, findingCells } from "../../engine/report-types";
import { formatNumber } from "../../engine/text/format";
import { ruleName } from "../../engine/text/rule-names";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { failureText } from "./failure";
import {
  filterFindings,
  findingCounts,
  type FindingFilter,
  groupFindings,
  listFindings,
  NO_FILTER,
  type SheetFinding,
} from "./findings-view";

/** Enough to work through; the rest is counted, not rendered. */
const MAX_SHOWN = 200;

const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: {
    minWidth: 0,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  selected: {
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  cellRef: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
  },
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  sheetHeading: {
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  line: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  lineHeading: {
    overflowWrap: "anywhere",
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  current: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  rule: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  cellButton: {
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
  },
});

/** Findings grouped by sheet and line, filtered by severity and rule; a finding's cell takes the user there. */
export function FindingsPanel({ port, report }: { port: WorkbookPort; report: ValidateReport }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  const findings = useMemo(() => listFindings(report), [report]);
  const counts = useMemo(() => findingCounts(findings), [findings]);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [current, setCurrent] = useState<{ finding: SheetFinding; cell: string } | null>(null);
  const [selectError, setSelectError] = useState<unknown>(null);
  const selectedRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = useMemo(() => groupFindings(shown.slice(0, MAX_SHOWN)), [shown]);

  const go = async (f: SheetFinding, cell: string) => {
    setCurrent({ finding: f, cell });
    setSelectError(null);
    if (port.kind === "file") {
      // Nothing to select in a file: the cell is shown at the top of the list.
      selectedRef.current?.scrollIntoView?.({ block: "nearest" });
      return;
    }
    try {
      await port.selectCell(f.sheet, cell);
    } catch (error) {
      setSelectError(error);
    }
  };

  return (
    <section aria-labelledby="findings-heading" className={styles.panel}>
      <Subtitle2 as="h2" block id="findings-heading">
        {t.findingsHeading} ({formatNumber(findings.length, lang)})
      </Subtitle2>
      {findings.length === 0 ? (
        <Body1 as="p" block className={styles.note}>
          {t.noFindings}
        </Body1>
      ) : (
        <div className={styles.filters}>
          <Field label={t.filterSeverity}>
            <Dropdown
              className={styles.dropdown}
              multiselect
              placeholder={t.filterAll}
              selectedOptions={[...filter.severities]}
              value={filter.severities.map((s) => t.severities[s]).join(", ")}
              onOptionSelect={(_, data) => setFilter({ ...filter, severities: data.selectedOptions as Severity[] })}
            >
              {counts.severities.map(([severity, n]) => (
                <Option key={severity} value={severity} text={t.severities[severity]}>
                  {t.severities[severity]} ({formatNumber(n, lang)})
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={t.filterRule}>
            <Dropdown
              className={styles.dropdown}
              multiselect
              placeholder={t.filterAll}
              selectedOptions={[...filter.rules]}
              value={filter.rules.map((r) => ruleName(r, lang)).join(", ")}
              onOptionSelect={(_, data) => setFilter({ ...filter, rules: data.selectedOptions as RuleId[] })}
            >
              {counts.rules.map(([rule, n]) => (
                <Option key={rule} value={rule} text={ruleName(rule, lang)} title={rule}>
                  {`${ruleName(rule, lang)} (${formatNumber(n, lang)})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      )}
      <div ref={selectedRef} className={styles.selected} aria-live="polite">
        {current && port.kind === "file" && (
          <MessageBar intent="info">
            <MessageBarBody>
              <MessageBarTitle>{t.selectedCell}</MessageBarTitle>
              <span className={styles.cellRef}>
                {current.finding.sheet}!{current.cell}
              </span>{" "}
              — {t.selectedCellHint}
            </MessageBarBody>
          </MessageBar>
        )}
        {selectError !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{failureText(selectError, lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {findings.length > 0 && (
        <Caption1 as="p" block className={styles.note}>
          {t.filteredCount(Math.min(shown.length, MAX_SHOWN), findings.length)}
        </Caption1>
      )}
      {groups.map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={`${t.sheet} ${group.sheet}`}>
          <Body1Strong as="h3" block className={styles.sheetHeading}>
            {t.sheet} {group.sheet} ({formatNumber(group.count, lang)})
          </Body1Strong>
          <ul className={styles.list}>
            {group.lines.map((line) => (
              <li key={line.row} className={styles.line}>
                <Caption1 as="h4" block className={styles.lineHeading}>
                  {t.lineHeading(line.row, line.label)}
                </Caption1>
                {line.findings.map((f, i) => (
                  <div key={i} className={`${styles.finding} ${current?.finding === f ? styles.current : ""}`}>
                    <div className={styles.meta}>
                      <Badge size="small" appearance="tint" color={SEVERITY_COLOR[f.severity]}>
                        {t.severities[f.severity]}
                      </Badge>
                      {f.cell ? (
                        // Every cell at issue, each a way to it (all the months after a deadline, not the first).
                        findingCells(f).map((cell) => (
                          <Button
                            key={cell}
                            size="small"
                            appearance="transparent"
                            className={styles.cellButton}
                            aria-label={t.goToCell(f.sheet, cell)}
                            aria-pressed={current?.finding === f && current.cell === cell}
                            onClick={() => void go(f, cell)}
                          >
                            {cell}
                          </Button>
                        ))
                      ) : (
                        <Caption1>{t.wholeTable}</Caption1>
                      )}
                      <Caption1 className={styles.rule} title={f.rule}>
                        {ruleName(f.rule, lang)}
                      </Caption1>
                    </div>
                    <Body1 block>{f.message}</Body1>
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
