/**
 * Milestone profiles: the deadlines and thresholds one province set for one
 * year, as data. The built-in `quang-nam-2024` holds exactly the seed
 * document's milestones (Quảng Nam steering committee, 27/3/2024).
 */

export interface SourceMilestone {
  /** carryover-YYYY | plan-YYYY */
  id: string;
  label: { vi: string; en: string };
  /** ISO day by which the source must be disbursed in full. */
  deadline: string;
}

export interface Profile {
  id: string;
  name: { vi: string; en: string };
  /** The calendar year the plan's months belong to. */
  year: number;
  sources: SourceMilestone[];
  /** All assigned capital allocated to projects and entered into TABMIS by this day. */
  allocationDeadline: string | null;
}

export const QUANG_NAM_2024: Profile = {
  id: "quang-nam-2024",
  name: {
    vi: "Quảng Nam 2024 (Kết luận của Ban Chỉ đạo ngày 27/3/2024)",
    en: "Quảng Nam 2024 (steering committee conclusion of 27/3/2024)",
  },
  year: 2024,
  sources: [
    {
      id: "carryover-2022",
      label: { vi: "Vốn năm 2022 kéo dài sang 2024", en: "2022 capital carried over to 2024" },
      deadline: "2024-06-30",
    },
    {
      id: "carryover-2023",
      label: { vi: "Vốn năm 2023 kéo dài sang 2024", en: "2023 capital carried over to 2024" },
      deadline: "2024-08-31",
    },
    { id: "plan-2024", label: { vi: "Kế hoạch vốn năm 2024", en: "2024 capital plan" }, deadline: "2024-12-31" },
  ],
  allocationDeadline: "2024-04-15",
};

export const BUILT_IN_PROFILES: readonly Profile[] = [QUANG_NAM_2024];

export function deadlineOf(profile: Profile, source: string): string | null {
  return profile.sources.find((s) => s.id === source)?.deadline ?? null;
}
