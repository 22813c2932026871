import { strict as assert } from "node:assert";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { leaderKey, resultsByLeader } from "../../src/engine/leaders";
import { answererOf } from "../../src/engine/concerns/route";
import { lineConcerns } from "../../src/engine/concerns/read";
import { UNCLASSIFIED } from "../../src/engine/concerns/answerers";
import { checkStamp, makeStamp, stampDifferences } from "../../src/engine/stamp/stamp";
import { type StampedLine, stampedLines } from "../../src/engine/stamp/canonical";
import { MAX_AUDIT_ENTRIES, auditOf, withAudit } from "../../src/engine/audit";
import { validateWorkbook } from "../../src/engine/validate";
import { readXlsx } from "../../src/workbook/file/read-xlsx";
import type { ValidateReport } from "../../src/engine/report-types";

const sha256 = async (b: Uint8Array): Promise<Uint8Array> => createHash("sha256").update(b).digest();
const EXAMPLES = join(__dirname, "..", "..", "examples");

async function sample(name: string): Promise<ValidateReport> {
  const grids = await readXlsx(readFileSync(join(EXAMPLES, name)), name);
  return validateWorkbook(grids, { file: name, asOf: "2024-05-31", lang: "vi" });
}

describe("accountability: leaders, obstacles, commitment stamp", () => {
  it("matches a leader's name ignoring case, accents, titles, forms of address and spacing", () => {
    const same = [
      "Nguyễn Văn An",
      "Đ/c Nguyễn Văn An",
      "PCT UBND huyện Nguyễn Văn An",
      "NGUYỄN  VĂN AN",
      "Nguyễn Văn An, Phó Chủ tịch UBND huyện",
      "Đ/c Nguyễn Văn An - Chủ tịch",
    ];
    for (const n of same) assert.equal(leaderKey(n), "nguyen van an", n);
    assert.notEqual(leaderKey("Nguyễn Bá An"), leaderKey("Nguyễn An"), "a middle name Bá is not a form of address");
  });

  it("adds each leader's lines, capital by source, plan to date, disbursed and lines at risk, over spellings of one name", async () => {
    const report = await sample("huyen-nam-tra-my-dtts-mn-2024.xlsx");
    const results = resultsByLeader([{ unit: "Nam Trà My", report, year: 2024 }]);
    assert.deepEqual(
      results.map((r) => leaderKey(r.leader)),
      ["dinh van hung", "ho thi lan"],
    );
    const items = report.tables.flatMap((t) => t.lines.filter((l) => l.kind === "item"));
    assert.equal(
      results.reduce((s, r) => s + r.allocated, 0),
      items.reduce((s, l) => s + l.allocated, 0),
    );
    for (const r of results)
      assert.equal(
        Object.values(r.bySource).reduce((s, v) => s + v, 0),
        r.allocated,
      );
    assert.equal(
      results.reduce((s, r) => s + r.atRisk, 0),
      items.filter((l) => l.status === "at-risk").length,
    );
  });

  it("routes a concern to the body its words name, and leaves it unclassified when none or two are named equally", () => {
    assert.equal(answererOf("Vướng GPMB, 3 hộ chưa nhận tiền bồi thường"), "so-tnmt-ubnd-huyen");
    assert.equal(answererOf("Đang lựa chọn nhà thầu"), "so-khdt");
    assert.equal(answererOf("Kiến nghị bổ sung vốn đối ứng"), "so-tc-so-khdt");
    assert.equal(answererOf("Thông tư hướng dẫn chưa ban hành"), "bo-nganh-trung-uong");
    assert.equal(answererOf("Chậm thi công do mưa"), UNCLASSIFIED);
    assert.equal(answererOf("Vướng mặt bằng và đấu thầu"), UNCLASSIFIED);
  });

  it("takes a note as an obstacle or a recommendation only when it says one", () => {
    assert.deepEqual(lineConcerns("", "", "Chậm thi công do mưa"), {
      obstacle: "Chậm thi công do mưa",
      recommendation: null,
    });
    assert.deepEqual(lineConcerns("", "", "Đề nghị bổ sung vốn"), {
      obstacle: null,
      recommendation: "Đề nghị bổ sung vốn",
    });
    assert.equal(lineConcerns("", "", "Công trình chuyển tiếp"), null);
    assert.deepEqual(lineConcerns("Vướng GPMB", "Xin gia hạn", "ghi chú"), {
      obstacle: "Vướng GPMB",
      recommendation: "Xin gia hạn",
    });
  });

  it("reads obstacles and recommendations from their own columns and from notes", async () => {
    const dept = await sample("so-ldtbxh-gnbv-2024.xlsx");
    const lines = dept.tables[0].lines;
    assert.ok(dept.tables[0].columns.obstacle && dept.tables[0].columns.recommendation);
    assert.ok(lines.some((l) => l.obstacle === "Đang lựa chọn nhà thầu"));
    assert.ok(lines.some((l) => l.recommendation?.startsWith("Đề nghị Sở Tài chính")));
    const district = await sample("huyen-nam-tra-my-dtts-mn-2024.xlsx");
    assert.ok(district.tables[0].lines.some((l) => l.obstacle === "Vướng giải phóng mặt bằng"));
  });

  it("a stamp is unchanged by row order, and names added, removed and changed lines with their fields", async () => {
    const report = await sample("huyen-que-son-ntm-2024.xlsx");
    const stamp = await makeStamp(
      report,
      { unit: "Quế Sơn", leader: " A ", position: "PCT", at: "2024-06-05T09:00:00+07:00", tool: "t" },
      sha256,
    );
    const reversed: ValidateReport = {
      ...report,
      tables: report.tables.map((t) => ({ ...t, lines: [...t.lines].reverse() })),
    };
    assert.equal((await checkStamp(stamp, reversed, sha256)).state, "valid");
    const line = (code: string, row: number, allocated: number): StampedLine => [
      code,
      "x",
      "plan-2024",
      allocated,
      [1, 2, 3, 4],
      5,
      row,
    ];
    assert.deepEqual(stampDifferences([line("1", 7, 10), line("2", 8, 10)], [line("1", 7, 11), line("3", 9, 10)]), [
      { change: "changed", row: 7, label: "x", code: "1", source: "plan-2024", fields: ["allocated"] },
      { change: "removed", row: 8, label: "x", code: "2", source: "plan-2024", fields: [] },
      { change: "added", row: 9, label: "x", code: "3", source: "plan-2024", fields: [] },
    ]);
    assert.equal(
      stampedLines(report).length,
      report.tables.reduce((n, t) => n + t.lines.length, 0),
    );
  });

  it("keeps the last entries of the audit log within its bound", () => {
    let meta = null;
    for (let i = 0; i < MAX_AUDIT_ENTRIES + 5; i++)
      meta = withAudit(meta, { at: String(i), action: "highlights-applied", by: "add-in", tool: "t" });
    const log = auditOf(meta);
    assert.equal(log.length, MAX_AUDIT_ENTRIES);
    assert.equal(log[0].at, "5");
  });
});
