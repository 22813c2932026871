import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, ROOT } from "../helpers/cli";

interface Mistake {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  consequence?: boolean;
}
interface Line {
  row: number;
  kind: string;
  source: string;
  allocated: number;
  actualToDate: number | null;
  status: string;
  findings: { rule: string; cell: string; severity: string; message: string }[];
}
interface Report {
  tables: { sheet: string; lines: Line[] }[];
  summary: { byStatus: Record<string, number> };
}

const expected = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "examples-expected.json"), "utf8")) as {
  mistakes: Mistake[];
};
const files = [...new Set(expected.mistakes.map((m) => m.file))];

function validate(file: string, asOf: string, ...more: string[]): Report {
  const r = spawnSync(
    process.execPath,
    [BIN, "validate", join(ROOT, "examples", file), "--json", "--as-of", asOf, ...more],
    {
      encoding: "utf8",
    },
  );
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return JSON.parse(r.stdout) as Report;
}

/** Findings that put a line at risk on its own; run-rate-insufficient may follow from them. */
const AT_RISK_CAUSES = ["actual-behind-plan", "plan-after-deadline"];

describe("milestone rules on the bundled samples (command line, end to end)", () => {
  for (const file of files) {
    it(`finds every deliberate mistake of ${file} at 31/5/2024, and nothing unexplained`, () => {
      const report = validate(file, "2024-05-31");
      const mine = expected.mistakes.filter((m) => m.file === file);
      const got = report.tables.flatMap((t) =>
        t.lines.flatMap((l) => l.findings.map((f) => ({ sheet: t.sheet, line: l, ...f }))),
      );
      for (const m of mine.filter((k) => !k.consequence)) {
        const cell = m.cell.split(":")[0];
        assert.ok(
          got.some((f) => f.sheet === m.sheet && f.cell === cell && f.rule === m.rule),
          `${m.sheet}!${m.cell} ${m.rule}`,
        );
      }
      for (const f of got) {
        const listed = mine.some((m) => m.sheet === f.sheet && m.cell.split(":")[0] === f.cell && m.rule === f.rule);
        const followsFromRisk =
          f.rule === "run-rate-insufficient" && f.line.findings.some((x) => AT_RISK_CAUSES.includes(x.rule));
        assert.ok(listed || followsFromRisk, `unexpected ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
      }
    });
  }

  it("marks lines at risk where the plan or the actuals will miss the deadline", () => {
    const report = validate("huyen-nam-tra-my-dtts-mn-2024.xlsx", "2024-05-31");
    const lines = report.tables[0].lines;
    const at = (row: number, source: string) => lines.find((l) => l.row === row && l.source === source)!;
    assert.equal(at(37, "carryover-2022").status, "at-risk");
    assert.equal(at(24, "carryover-2023").status, "at-risk");
    assert.ok(report.summary.byStatus.ok > 0);
  });

  it("marks carried-over 2022 lines with money left as lapsed after 30/6/2024, and only those", () => {
    const report = validate("huyen-tay-giang-theo-nguon-2024.xlsx", "2024-07-01");
    for (const t of report.tables) {
      for (const l of t.lines.filter((k) => k.kind === "item" && k.actualToDate !== null && k.status !== "invalid")) {
        const left = l.actualToDate! < l.allocated;
        assert.equal(l.status === "lapsed", l.source === "carryover-2022" && left, `${t.sheet} row ${l.row}`);
      }
    }
    // On the deadline day itself nothing has lapsed yet.
    const onTheDay = validate("huyen-tay-giang-theo-nguon-2024.xlsx", "2024-06-30");
    assert.equal(onTheDay.summary.byStatus.lapsed, 0);
  });

  it("writes milestone messages with amounts, dates and periods in the reader's language", () => {
    const vi = validate("huyen-nam-tra-my-dtts-mn-2024.xlsx", "2024-05-31");
    const en = validate("huyen-nam-tra-my-dtts-mn-2024.xlsx", "2024-05-31", "--lang", "en");
    const find = (r: Report) =>
      r.tables[0].lines.flatMap((l) => l.findings).find((f) => f.rule === "plan-after-deadline" && f.cell === "U37")!;
    assert.match(find(vi).message, /^Còn 300 triệu đồng kế hoạch sau hạn 30\/6\/2024 ở các tháng 7–8\./);
    assert.match(find(en).message, /^300 million VND is planned after the 30\/6\/2024 deadline, in months 7–8\./);
  });
});
