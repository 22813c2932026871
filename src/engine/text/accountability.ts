/**
 * Words of accountability, Vietnamese first: the commitment stamp's states
 * and its printable block, results per responsible leader, and obstacles
 * and recommendations routed to who must answer. `en` is typed as the shape
 * of `vi`, so a key missing from either language is a type error.
 */

import type { StampCheck, StampDifference } from "../stamp/verdict";
import type { AuditAction } from "../audit";
import { formatDate, type Lang } from "./format";

/** "2024-06-05T09:30:00+07:00" as "5/6/2024 09:30" (the clock time the stamp was made at, where it was made). */
export function formatStampTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(at);
  return m ? `${formatDate(m[1])}${m[2] ? ` ${m[2]}` : ""}` : at;
}

function fieldName(field: string, lang: Lang): string {
  const period = /^(month|quarter):(\d+)$/.exec(field);
  if (period) {
    const [, unit, n] = period;
    if (lang === "en") return `${unit} ${n} plan`;
    return unit === "month" ? `KH tháng ${n}` : `KH quý ${n}`;
  }
  const names: Record<string, [string, string]> = {
    allocated: ["vốn giao", "allocated"],
    actualToDate: ["giải ngân", "disbursed"],
    label: ["tên", "name"],
    code: ["mã", "code"],
  };
  return names[field]?.[lang === "vi" ? 0 : 1] ?? field;
}

function differenceText(d: StampDifference, lang: Lang): string {
  const what = d.code ? `${d.code} ${d.label}` : d.label;
  if (lang === "vi") {
    if (d.change === "added") return `dòng ${d.row} (${what}) mới thêm`;
    if (d.change === "removed") return `dòng ${d.row} lúc xác nhận (${what}) đã bỏ`;
    return `dòng ${d.row} (${what}) khác: ${d.fields.map((f) => fieldName(f, lang)).join(", ")}`;
  }
  if (d.change === "added") return `row ${d.row} (${what}) added`;
  if (d.change === "removed") return `row ${d.row} when stamped (${what}) removed`;
  return `row ${d.row} (${what}) differs: ${d.fields.map((f) => fieldName(f, lang)).join(", ")}`;
}

/** The stamp's state in one sentence, naming the lines and fields that differ. */
export function stampStateText(check: StampCheck, lang: Lang): string {
  const vi = lang === "vi";
  if (check.state === "none") return vi ? "chưa xác nhận" : "not stamped";
  const who = `${check.leader}${check.position ? ` (${check.position})` : ""}`;
  const when = formatStampTime(check.at ?? "");
  if (check.state === "valid")
    return vi ? `đã xác nhận bởi ${who} ngày ${when}, không thay đổi` : `stamped by ${who} on ${when}, unchanged`;
  const list = (check.differences ?? []).map((d) => differenceText(d, lang));
  const more = (check.differenceCount ?? 0) - list.length;
  if (more > 0) list.push(vi ? `và ${more} dòng khác` : `and ${more} more`);
  const detail = list.length > 0 ? list.join("; ") : vi ? "bản ghi xác nhận đã bị sửa" : "the stamp record was edited";
  return vi
    ? `đã thay đổi sau khi xác nhận (bởi ${who} ngày ${when}): ${detail}`
    : `changed since stamped (by ${who} on ${when}): ${detail}`;
}

const vi = {
  stampSheet: "Xác nhận",
  stampTitle: "XÁC NHẬN KẾ HOẠCH GIẢI NGÂN",
  stampIntro:
    "Đơn vị cam kết thực hiện kế hoạch giải ngân dưới đây. Bản xác nhận này ghi lại nội dung kế hoạch tại thời điểm xác nhận (dấu vân tay SHA-256); mọi thay đổi số liệu sau đó đều được phát hiện. Đây không phải chữ ký số.",
  stampUnit: "Đơn vị",
  stampLeader: "Lãnh đạo phụ trách",
  stampPosition: "Chức vụ",
  stampAt: "Thời điểm xác nhận",
  stampProfile: "Bộ mốc kiểm tra",
  stampAsOf: "Số liệu đến ngày",
  stampLines: "Số dòng kế hoạch",
  stampFindings: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
  stampCheck: "Kết quả kiểm tra",
  stampFingerprint: "Dấu vân tay (SHA-256)",
  stampSign: "NGƯỜI XÁC NHẬN",
  stampSignHint: "(Ký, ghi rõ họ tên)",
  stampRemovable: "Trang này có thể xóa mà không ảnh hưởng đến kế hoạch; bản ghi xác nhận nằm trong sổ tính.",
  stampLabel: "Xác nhận",
  leadersSheet: "Theo lãnh đạo phụ trách",
  leadersTitle: "KẾT QUẢ GIẢI NGÂN THEO LÃNH ĐẠO PHỤ TRÁCH",
  leader: "Lãnh đạo phụ trách",
  noLeader: "(chưa ghi lãnh đạo phụ trách)",
  units: "Đơn vị",
  lines: "Số dòng",
  lineCount: (n: number) => `${n} dòng`,
  bySource: "Vốn giao theo nguồn",
  allocated: "Vốn giao",
  plannedToDate: "KH đến nay",
  actualToDate: "Đã giải ngân",
  rate: "Tỷ lệ GN",
  atRisk: "Dòng nguy cơ",
  lapsed: "Dòng quá hạn",
  concernsSheet: "Kiến nghị, vướng mắc",
  concernsTitle: "KIẾN NGHỊ, VƯỚNG MẮC CỦA CÁC ĐƠN VỊ THEO CƠ QUAN CẦN TRẢ LỜI",
  answerer: "Cơ quan cần trả lời",
  unclassified: "Chưa phân loại",
  kind: { obstacle: "Vướng mắc", recommendation: "Kiến nghị" },
  kindHeader: "Loại",
  text: "Nội dung",
  project: "Dự án / nội dung",
  code: "Mã",
  status: "Tình trạng dòng",
  stampColumn: "Xác nhận kế hoạch",
  leadersHeading: "Kết quả theo lãnh đạo phụ trách",
  concernsHeading: "Kiến nghị, vướng mắc",
  stampHeading: "Xác nhận kế hoạch",
  auditHeading: "Nhật ký thao tác trên sổ tính",
  auditEmpty: "Chưa có thao tác nào được ghi.",
  auditCli: "dòng lệnh",
  auditAddin: "add-in",
  auditActions: {
    "highlights-applied": "tô màu dòng có vấn đề",
    "highlights-cleared": "xóa tô màu",
    "mapping-saved": "lưu vai trò cột",
    "profile-saved": "lưu bộ mốc",
    "sheets-added": "thêm trang tính",
    stamped: "xác nhận kế hoạch",
  } as Record<AuditAction, string>,
  stampMissing: "Kế hoạch chưa được lãnh đạo đơn vị xác nhận (bộ mốc yêu cầu xác nhận)",
  stampChanged: "Kế hoạch đã thay đổi sau khi xác nhận (bộ mốc yêu cầu xác nhận)",
};

const en: typeof vi = {
  stampSheet: "Commitment",
  stampTitle: "COMMITMENT TO THE DISBURSEMENT PLAN",
  stampIntro:
    "The unit commits to the disbursement plan below. This record keeps the plan's content as it was when stamped (a SHA-256 fingerprint); any change of figures afterwards is detected. It is not a digital signature.",
  stampUnit: "Unit",
  stampLeader: "Leader in charge",
  stampPosition: "Position",
  stampAt: "Stamped at",
  stampProfile: "Milestone profile",
  stampAsOf: "Figures as of",
  stampLines: "Plan lines",
  stampFindings: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
  stampCheck: "Check result",
  stampFingerprint: "Fingerprint (SHA-256)",
  stampSign: "COMMITTED BY",
  stampSignHint: "(Signature, full name)",
  stampRemovable: "This sheet may be deleted without affecting the plan; the stamp record is kept in the workbook.",
  stampLabel: "Commitment",
  leadersSheet: "By leader in charge",
  leadersTitle: "DISBURSEMENT RESULTS BY RESPONSIBLE LEADER",
  leader: "Leader in charge",
  noLeader: "(no leader written)",
  units: "Units",
  lines: "Lines",
  lineCount: (n: number) => `${n} ${n === 1 ? "line" : "lines"}`,
  bySource: "Allocated by source",
  allocated: "Allocated",
  plannedToDate: "Planned to date",
  actualToDate: "Disbursed",
  rate: "Rate",
  atRisk: "Lines at risk",
  lapsed: "Lines lapsed",
  concernsSheet: "Obstacles, requests",
  concernsTitle: "UNITS' OBSTACLES AND RECOMMENDATIONS BY THE BODY THAT MUST ANSWER",
  answerer: "Body to answer",
  unclassified: "Not classified",
  kind: { obstacle: "Obstacle", recommendation: "Recommendation" },
  kindHeader: "Kind",
  text: "Text",
  project: "Project / item",
  code: "Code",
  status: "Line status",
  stampColumn: "Plan commitment",
  leadersHeading: "Results by leader in charge",
  concernsHeading: "Obstacles and recommendations",
  stampHeading: "Plan commitment",
  auditHeading: "What was done to this workbook",
  auditEmpty: "Nothing recorded yet.",
  auditCli: "command line",
  auditAddin: "add-in",
  auditActions: {
    "highlights-applied": "highlights applied",
    "highlights-cleared": "highlights cleared",
    "mapping-saved": "column roles saved",
    "profile-saved": "profile saved",
    "sheets-added": "sheets added",
    stamped: "plan stamped",
  },
  stampMissing: "The plan has not been stamped by the unit's leader (the profile requires a stamp)",
  stampChanged: "The plan changed after it was stamped (the profile requires a stamp)",
};

export const ACCOUNTABILITY_TEXT: Record<Lang, typeof vi> = { vi, en };
