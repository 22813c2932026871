import {
  Badge,
  type BadgeProps,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
} from "@fluentui/react-components";
import { type Severity, type ValidateReport, findingCells } from "../../engine/report-types";
import { formatNumber } from "../../engine/text/format";
import { ruleName } from "../../engine/text/rule-names";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { FailureBar } from "./FailureBar";
import type { FindingFilter, SheetFinding, SheetGroup } from "./findings-view";
import { useFindingsStyles } from "./findings-styles";
import { useFindingSelection } from "./useFindingSelection";
import { useFindingsFilter } from "./useFindingsFilter";

const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

type Selection = ReturnType<typeof useFindingSelection>;

/** Findings grouped by sheet and line, filtered by severity and rule; a finding's cell takes the user there. */
export function FindingsPanel({ port, report }: { port: WorkbookPort; report: ValidateReport }) {
  const styles = useFindingsStyles();
  const { lang, t } = useUi();
  const list = useFindingsFilter(report);
  const selection = useFindingSelection(port);
  const { findings } = list;
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
        <FindingFilters counts={list.counts} filter={list.filter} onFilter={list.setFilter} />
      )}
      <SelectedCell port={port} selection={selection} />
      {findings.length > 0 && (
        <Caption1 as="p" block className={styles.note}>
          {t.filteredCount(list.shown, findings.length)}
        </Caption1>
      )}
      {list.groups.map((group) => (
        <SheetFindings key={group.sheet} group={group} selection={selection} />
      ))}
    </section>
  );
}

/** The two filters, each listing only what the report has, with how many. */
function FindingFilters(props: {
  counts: ReturnType<typeof useFindingsFilter>["counts"];
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
}) {
  const styles = useFindingsStyles();
  const { lang, t } = useUi();
  const { filter, onFilter } = props;
  return (
    <div className={styles.filters}>
      <FilterDropdown
        label={t.filterSeverity}
        chosen={filter.severities}
        counts={props.counts.severities}
        name={(s) => t.severities[s]}
        onChoose={(severities) => onFilter({ ...filter, severities })}
      />
      <FilterDropdown
        label={t.filterRule}
        chosen={filter.rules}
        counts={props.counts.rules}
        name={(r) => ruleName(r, lang)}
        title={(r) => r}
        onChoose={(rules) => onFilter({ ...filter, rules })}
      />
    </div>
  );
}

/** A filter of several choices, each named with its count; none chosen shows all. */
function FilterDropdown<K extends string>(props: {
  label: string;
  chosen: readonly K[];
  counts: [K, number][];
  name: (choice: K) => string;
  title?: (choice: K) => string;
  onChoose: (chosen: K[]) => void;
}) {
  const styles = useFindingsStyles();
  const { lang, t } = useUi();
  const { name } = props;
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.dropdown}
        multiselect
        placeholder={t.filterAll}
        selectedOptions={[...props.chosen]}
        value={props.chosen.map(name).join(", ")}
        onOptionSelect={(_, data) => props.onChoose(data.selectedOptions as K[])}
      >
        {props.counts.map(([choice, n]) => (
          <Option key={choice} value={choice} text={name(choice)} title={props.title?.(choice)}>
            {`${name(choice)} (${formatNumber(n, lang)})`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Above the list: the cell gone to (file mode, where nothing can be selected), or why it could not be selected. */
function SelectedCell({ port, selection }: { port: WorkbookPort; selection: Selection }) {
  const styles = useFindingsStyles();
  const { t } = useUi();
  const { current, selectError } = selection;
  return (
    <div ref={selection.selectedRef} className={styles.selected} aria-live="polite">
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
      {selectError !== null && <FailureBar error={selectError} />}
    </div>
  );
}

/** One sheet's findings, line by line. */
function SheetFindings({ group, selection }: { group: SheetGroup; selection: Selection }) {
  const styles = useFindingsStyles();
  const { lang, t } = useUi();
  return (
    <section className={styles.sheet} aria-label={`${t.sheet} ${group.sheet}`}>
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
              <FindingItem key={i} finding={f} selection={selection} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A finding: its severity, every cell at issue (each a way to it), its rule and its message. */
function FindingItem({ finding: f, selection }: { finding: SheetFinding; selection: Selection }) {
  const styles = useFindingsStyles();
  const { lang, t } = useUi();
  const { current, go } = selection;
  return (
    <div className={`${styles.finding} ${current?.finding === f ? styles.current : ""}`}>
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
  );
}
