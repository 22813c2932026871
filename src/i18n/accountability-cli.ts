/** The command line's words for `stamp` and for the accountability parts of `validate` and `consolidate`. */

import type { Lang } from "../engine/text/format";

const vi = {
  needLeader: "thiếu --leader: họ tên lãnh đạo phụ trách xác nhận kế hoạch",
  needPosition: 'thiếu --position: chức vụ của lãnh đạo (ví dụ "Phó Chủ tịch UBND huyện")',
  stamped: (out: string, sheet: string, lines: number, fingerprint: string) =>
    `Đã xác nhận kế hoạch (${lines} dòng, dấu vân tay ${fingerprint.slice(0, 16)}…): ghi ${out}, trang "${sheet}".`,
  stampedWithErrors: (errors: number) => `kế hoạch được xác nhận khi còn ${errors} lỗi (ghi trong bản xác nhận)`,
  stamp: "Xác nhận",
  leaders: "Theo lãnh đạo phụ trách",
  concerns: "Kiến nghị, vướng mắc",
};

const en: typeof vi = {
  needLeader: "--leader is missing: the full name of the leader committing to the plan",
  needPosition: "--position is missing: the leader's position (e.g. \"Vice-chair of the district People's Committee\")",
  stamped: (out: string, sheet: string, lines: number, fingerprint: string) =>
    `Plan stamped (${lines} lines, fingerprint ${fingerprint.slice(0, 16)}…): wrote ${out}, sheet "${sheet}".`,
  stampedWithErrors: (errors: number) => `the plan was stamped with ${errors} errors (recorded in the stamp)`,
  stamp: "Commitment",
  leaders: "By leader in charge",
  concerns: "Obstacles and recommendations",
};

export const ACCOUNTABILITY_CLI: Record<Lang, typeof vi> = { vi, en };
