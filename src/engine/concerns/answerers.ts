/**
 * Who must answer an obstacle or recommendation: the provincial bodies DPI
 * routes them to, each with the words that say a matter is theirs, and the
 * ministries for matters of central regulation. Data, like milestones: a
 * profile may give its own list (`answerers`); this is the default.
 */

import type { Answerer } from "../profile/types";

export const UNCLASSIFIED = "chua-phan-loai";

export const DEFAULT_ANSWERERS: readonly Answerer[] = [
  {
    id: "so-tnmt-ubnd-huyen",
    name: {
      vi: "Sở Tài nguyên và Môi trường / UBND huyện",
      en: "Department of Natural Resources and Environment / district People's Committee",
    },
    keywords: [
      "giải phóng mặt bằng",
      "GPMB",
      "mặt bằng",
      "đền bù",
      "bồi thường",
      "tái định cư",
      "thu hồi đất",
      "đất đai",
      "giao đất",
      "khai thác mỏ",
      "bãi thải",
      "môi trường",
    ],
  },
  {
    id: "so-khdt",
    name: { vi: "Sở Kế hoạch và Đầu tư", en: "Department of Planning and Investment" },
    keywords: [
      "đấu thầu",
      "lựa chọn nhà thầu",
      "nhà thầu",
      "chủ trương đầu tư",
      "thủ tục đầu tư",
      "thủ tục",
      "báo cáo kinh tế kỹ thuật",
      "phê duyệt dự án",
      "điều chỉnh dự án",
      "danh mục dự án",
    ],
  },
  {
    id: "so-tc-so-khdt",
    name: {
      vi: "Sở Tài chính / Sở Kế hoạch và Đầu tư",
      en: "Department of Finance / Department of Planning and Investment",
    },
    keywords: [
      "phân bổ vốn",
      "giao vốn",
      "bổ sung vốn",
      "điều chuyển vốn",
      "điều chỉnh vốn",
      "kế hoạch vốn",
      "vốn đối ứng",
      "thiếu vốn",
      "nguồn vốn",
      "tạm ứng",
      "quyết toán",
      "dự toán",
    ],
  },
  {
    id: "so-xd",
    name: { vi: "Sở Xây dựng", en: "Department of Construction" },
    keywords: [
      "thiết kế",
      "định mức",
      "đơn giá",
      "giá vật liệu",
      "vật liệu xây dựng",
      "thẩm định thiết kế",
      "cấp phép xây dựng",
    ],
  },
  {
    id: "kbnn",
    name: { vi: "Kho bạc Nhà nước tỉnh", en: "Provincial State Treasury" },
    keywords: ["kho bạc", "KBNN", "kiểm soát chi", "hồ sơ thanh toán", "TABMIS"],
  },
  {
    id: "bo-nganh-trung-uong",
    name: { vi: "Bộ, ngành Trung ương", en: "Central ministries" },
    keywords: [
      "nghị định",
      "thông tư",
      "luật",
      "chính phủ",
      "thủ tướng",
      "trung ương",
      "bộ tài chính",
      "bộ kế hoạch",
      "bộ ngành",
      "văn bản hướng dẫn của bộ",
      "quy định của bộ",
    ],
  },
];
