/**
 * Milestone profiles: the deadlines and thresholds one province set for one
 * year, as data. The built-in `quang-nam-2024` holds exactly the seed
 * document's milestones (Quảng Nam steering committee, 27/3/2024) and no
 * invented checkpoint; its tolerances are the project's documented defaults.
 * A profile file may extend a built-in one and change only what differs.
 */

import Ajv from "ajv";
import schema from "./profile.schema.json";
import { isIsoDay } from "../calendar";
import type { Profile, SourceMilestone, Text } from "./types";
export { deadlineOf, sortByDeadline } from "./deadlines";
export type { Answerer, Checkpoint, Profile, SourceMilestone, Text } from "./types";

const DEFAULT_TOLERANCES = { watch: 0.1, atRisk: 0.25 };
const DEFAULT_PACE_FACTOR = 2;

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
  checkpoints: [],
  tolerances: DEFAULT_TOLERANCES,
  paceFactor: DEFAULT_PACE_FACTOR,
};

export const BUILT_IN_PROFILES: readonly Profile[] = [QUANG_NAM_2024];

/** A profile file that cannot be used, with every problem found in it. */
export class ProfileError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "ProfileError";
  }
}

const validateSchema = new Ajv({ allErrors: true }).compile(schema);

type ProfileFile = Partial<Omit<Profile, "sources" | "tolerances">> & {
  id: string;
  extends?: string;
  sources?: (Omit<SourceMilestone, "label"> & { label?: Text })[];
  tolerances?: Partial<Profile["tolerances"]>;
};

/**
 * A profile from parsed JSON: checked against profile.schema.json, merged
 * onto the built-in profile it extends (sources by id; other fields
 * replaced), then checked as a whole. Throws ProfileError.
 */
export function profileFromJson(json: unknown, builtIns: readonly Profile[] = BUILT_IN_PROFILES): Profile {
  if (!validateSchema(json)) {
    throw new ProfileError(
      (validateSchema.errors ?? []).map(
        (e) => `${e.instancePath.replace(/^\//, "").replace(/\//g, ".") || "profile"} ${e.message}`,
      ),
    );
  }
  const file = json as ProfileFile;
  const base = file.extends === undefined ? null : builtIns.find((p) => p.id === file.extends);
  if (file.extends !== undefined && !base) throw new ProfileError([`extends: no built-in profile "${file.extends}"`]);
  const sources = [...(base?.sources ?? [])];
  for (const s of file.sources ?? []) {
    const at = sources.findIndex((k) => k.id === s.id);
    const merged = { ...(at >= 0 ? sources[at] : { label: { vi: s.id, en: s.id } }), ...s } as SourceMilestone;
    if (at >= 0) sources[at] = merged;
    else sources.push(merged);
  }
  const profile: Profile = {
    id: file.id,
    name: file.name ?? base?.name ?? { vi: file.id, en: file.id },
    year: file.year ?? base?.year ?? NaN,
    sources,
    allocationDeadline:
      file.allocationDeadline !== undefined ? file.allocationDeadline : (base?.allocationDeadline ?? null),
    checkpoints: file.checkpoints ?? base?.checkpoints ?? [],
    tolerances: { ...(base?.tolerances ?? DEFAULT_TOLERANCES), ...file.tolerances },
    paceFactor: file.paceFactor ?? base?.paceFactor ?? DEFAULT_PACE_FACTOR,
  };
  const requireStamp = file.requireStamp ?? base?.requireStamp;
  if (requireStamp !== undefined) profile.requireStamp = requireStamp;
  const answerers = file.answerers ?? base?.answerers;
  if (answerers !== undefined) profile.answerers = answerers;
  const problems: string[] = [];
  if (Number.isNaN(profile.year)) problems.push("year is required (or extends)");
  if (profile.sources.length === 0)
    problems.push("sources: at least one source with its deadline is required (or extends)");
  const days: [string, string | null][] = [
    ["allocationDeadline", profile.allocationDeadline],
    ...profile.sources.map((s, i): [string, string] => [`sources.${i}.deadline`, s.deadline]),
    ...profile.checkpoints.map((c, i): [string, string] => [`checkpoints.${i}.date`, c.date]),
  ];
  for (const [where, day] of days)
    if (day !== null && !isIsoDay(day)) problems.push(`${where}: ${day} is not a calendar day`);
  if (profile.tolerances.watch > profile.tolerances.atRisk) problems.push("tolerances: watch must not exceed atRisk");
  if (new Set(profile.sources.map((s) => s.id)).size !== profile.sources.length)
    problems.push("sources: an id appears twice");
  if (problems.length > 0) throw new ProfileError(problems);
  return profile;
}
