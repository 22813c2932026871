/**
 * The Settings view's profile form: a built-in profile's deadlines and
 * thresholds as the user edits them (text, as typed), turned back into a
 * profile file that profileFromJson checks. Pure; tested in mocha.
 */

import type { AddinMetadata } from "../../engine/metadata";
import { type Profile, ProfileError, profileFromJson } from "../../engine/profile";
import { profileOfMetadata } from "../../engine/profile/stored";

export interface ProfileForm {
  /** The built-in profile the edits extend. */
  base: string;
  /** Deadline per source id, ISO day. */
  deadlines: Record<string, string>;
  /** ISO day, or "" for none. */
  allocationDeadline: string;
  /** Percentages as typed ("10", "12,5"). */
  watchPercent: string;
  atRiskPercent: string;
  paceFactor: string;
}

export function formOf(profile: Profile, base = profile.id): ProfileForm {
  const percent = (share: number) => String(Math.round(share * 10000) / 100);
  return {
    base,
    deadlines: Object.fromEntries(profile.sources.map((s) => [s.id, s.deadline])),
    allocationDeadline: profile.allocationDeadline ?? "",
    watchPercent: percent(profile.tolerances.watch),
    atRiskPercent: percent(profile.tolerances.atRisk),
    paceFactor: String(profile.paceFactor),
  };
}

/** A plain number typed with a decimal comma or point ("12,5", "12.5"); null for anything else. */
function typedNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : null;
}

export type FormProblem =
  | { field: "watchPercent" | "atRiskPercent" | "paceFactor"; kind: "not-a-number" }
  | { field: "profile"; kind: "invalid"; detail: string };

/** The profile file the form describes: the base profile, extended by what differs. */
function profileFileOf(form: ProfileForm, base: Profile): { json: unknown } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const number = (field: "watchPercent" | "atRiskPercent" | "paceFactor"): number => {
    const n = typedNumber(form[field]);
    if (n === null) problems.push({ field, kind: "not-a-number" });
    return n ?? 0;
  };
  const watch = number("watchPercent") / 100;
  const atRisk = number("atRiskPercent") / 100;
  const paceFactor = number("paceFactor");
  if (problems.length > 0) return { problems };
  return {
    json: {
      id: `${base.id}-edited`,
      extends: base.id,
      name: { vi: `${base.name.vi} (đã chỉnh)`, en: `${base.name.en} (edited)` },
      sources: base.sources.map((s) => ({ id: s.id, deadline: form.deadlines[s.id] ?? s.deadline })),
      allocationDeadline: form.allocationDeadline === "" ? null : form.allocationDeadline,
      tolerances: { watch, atRisk },
      paceFactor,
    },
  };
}

/** The form checked as the command line checks a profile file: the profile, or every problem. */
export function checkForm(
  form: ProfileForm,
  builtIns: readonly Profile[],
): { profile: Profile; json: unknown } | { problems: FormProblem[] } {
  const base = builtIns.find((p) => p.id === form.base);
  if (!base) return { problems: [{ field: "profile", kind: "invalid", detail: `no built-in profile "${form.base}"` }] };
  const file = profileFileOf(form, base);
  if ("problems" in file) return file;
  try {
    return { profile: profileFromJson(file.json, builtIns), json: file.json };
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    return { problems: error.problems.map((detail) => ({ field: "profile", kind: "invalid", detail })) };
  }
}

/**
 * The form of the profile a workbook's metadata holds, extending the built-in one it names (else `base`);
 * null when it holds none, or one that no longer loads (the form then starts from the built-in profile).
 */
export function storedForm(meta: AddinMetadata | null, builtIns: readonly Profile[], base: string): ProfileForm | null {
  if (meta?.profile === undefined || meta.profile === null) return null;
  const { profile, error } = profileOfMetadata(meta.profile, builtIns);
  if (error) return null;
  return formOf(profile, (meta.profile as { extends?: string }).extends ?? base);
}

/** The metadata with the checked form's profile saved in it, or with no profile when the built-in one is chosen. */
export function withProfile(meta: AddinMetadata | null, checked: { json: unknown } | null): AddinMetadata {
  const next: AddinMetadata = { ...(meta ?? { version: 1 }) };
  if (checked) next.profile = checked.json;
  else delete next.profile;
  return next;
}
