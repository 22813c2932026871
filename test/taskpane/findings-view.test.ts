import { strict as assert } from "node:assert";
import type { ReportFinding, ReportLine, ValidateReport } from "../../src/engine/report-types";
import {
  filterFindings,
  findingCounts,
  groupFindings,
  listFindings,
  NO_FILTER,
  shownFindings,
  summaryBySource,
} from "../../src/taskpane/check/findings-view";

const finding = (
  rule: ReportFinding["rule"],
  severity: ReportFinding["severity"],
  cell: string | null,
): ReportFinding => ({
  rule,
  severity,
  cell,
  message: `${rule} at ${cell}`,
});

function line(row: number, findings: ReportFinding[], extra: Partial<ReportLine> = {}): ReportLine {
  return {
    row,
    kind: "item",
    parentRow: null,
    label: `Dự án ${row}`,
    code: null,
    source: "plan-2024",
    deadline: "2024-12-31",
    allocated: 0,
    planned: [],
    plannedTotal: 0,
    actualToDate: null,
    status: findings.length > 0 ? "invalid" : "ok",
    findings,
    programme: null,
    owner: null,
    leader: null,
    hidden: false,
    ...extra,
  };
}

function report(tables: { sheet: string; lines: ReportLine[] }[]): ValidateReport {
  return {
    reportVersion: 1,
    tool: { name: "ntp-disburse", version: "0" },
    file: "t.xlsx",
    profile: "quang-nam-2024",
    asOf: "2024-05-31",
    tables: tables.map((t) => ({
      sheet: t.sheet,
      headerRows: [4],
      firstDataRow: 5,
      lastDataRow: 20,
      unit: "million-vnd",
      granularity: "month",
      columns: { allocated: {}, planned: {}, actual: {} },
      lines: t.lines,
      confidence: {},
      actualAsOf: null,
    })),
    summary: { lines: 0, byStatus: { ok: 0, watch: 0, "at-risk": 0, lapsed: 0, invalid: 0 }, errors: 0, warnings: 0 },
    lang: "vi",
  };
}

const sample = report([
  {
    sheet: "KH",
    lines: [
      line(9, [finding("plan-after-deadline", "warning", "I9"), finding("not-a-number", "error", "E9")]),
      line(7, [finding("group-sum-mismatch", "error", "E7")]),
      // A second source of row 9 shares the row's finding: listed once.
      line(9, [finding("not-a-number", "error", "E9")], { source: "carryover-2023" }),
    ],
  },
  { sheet: "Tổng hợp", lines: [line(5, [finding("missing-required", "warning", "B5")])] },
]);

describe("findings view", () => {
  it("groups findings by sheet in workbook order, then by line in row order, errors first within a line", () => {
    const groups = groupFindings(listFindings(sample));
    assert.deepEqual(
      groups.map((g) => [g.sheet, g.count, g.lines.map((l) => [l.row, l.findings.map((f) => f.cell)])]),
      [
        [
          "KH",
          3,
          [
            [7, ["E7"]],
            [9, ["E9", "I9"]],
          ],
        ],
        ["Tổng hợp", 1, [[5, ["B5"]]]],
      ],
    );
    assert.equal(groups[0].lines[0].label, "Dự án 7");
  });

  it("filters by severity and by rule, and shows everything when nothing is chosen", () => {
    const all = listFindings(sample);
    assert.equal(filterFindings(all, NO_FILTER).length, 4);
    assert.deepEqual(
      filterFindings(all, { severities: ["warning"], rules: [] }).map((f) => f.cell),
      ["I9", "B5"],
    );
    assert.deepEqual(
      filterFindings(all, { severities: [], rules: ["not-a-number", "missing-required"] }).map((f) => f.cell),
      ["E9", "B5"],
    );
    assert.deepEqual(filterFindings(all, { severities: ["warning"], rules: ["not-a-number"] }), []);
  });

  it("counts findings per severity and per rule for the filter's choices, most frequent rule first", () => {
    const counts = findingCounts(listFindings(sample));
    assert.deepEqual(counts.severities, [
      ["error", 2],
      ["warning", 2],
    ]);
    assert.deepEqual(
      counts.rules.map(([rule]) => rule),
      ["group-sum-mismatch", "missing-required", "not-a-number", "plan-after-deadline"],
    );
  });

  it("counts project lines by source and status, leaving out group and total rows", () => {
    const r = report([
      {
        sheet: "KH",
        lines: [
          line(6, [], { kind: "group", status: "at-risk" }),
          line(7, [], { status: "at-risk" }),
          line(8, [], { status: "ok" }),
          line(8, [], { status: "lapsed", source: "carryover-2022" }),
        ],
      },
    ]);
    assert.deepEqual(
      summaryBySource(r).map((s) => [s.source, s.lines, s.byStatus["at-risk"], s.byStatus.ok, s.byStatus.lapsed]),
      [
        ["plan-2024", 2, 1, 1, 0],
        ["carryover-2022", 1, 0, 0, 1],
      ],
    );
  });
});

describe("findings view: what the panel shows", () => {
  it("groups at most so many of the findings the filter keeps, and says how many it shows", () => {
    const all = listFindings(sample);
    const some = shownFindings(all, { severities: ["error"], rules: [] }, 1);
    assert.equal(some.shown, 1);
    assert.deepEqual(
      some.groups.map((g) => [g.sheet, g.count]),
      [["KH", 1]],
    );
    const every = shownFindings(all, NO_FILTER, 200);
    assert.equal(every.shown, 4);
    assert.deepEqual(every.groups, groupFindings(all));
  });
});
