/**
 * One submission read for consolidation, as a task: the file named, read,
 * checked with the profile validate would use on it, and turned into a
 * Submission; whatever goes wrong is that file's rejection. Runs in a worker
 * thread (submission-pool), so it takes and returns plain data.
 */

import { basename } from "node:path";
import { statSync } from "node:fs";
import { rejectedSubmission } from "../engine/consolidate/submission";
import type { Submission } from "../engine/consolidate/types";
import type { Profile } from "../engine/profile";
import { CLI_TEXT } from "../i18n/cli";
import type { Lang } from "../engine/text/format";
import { readSubmissionFile } from "../workbook/file/read-submission";
import { WorkbookReadError } from "../workbook/file/read-error";
import { type CliText, type Io, InputError, readInput, storedProfileOf } from "./common";
import { sha256 } from "./digest";

export interface SubmissionRunOptions {
  asOf: string;
  profile: Profile;
  lang: Lang;
  /** True when --profile named the profile: it then applies to every file, as in validate. */
  profileGiven: boolean;
}

export interface SubmissionTask {
  file: string;
  options: SubmissionRunOptions;
}

export interface SubmissionResult {
  sub: Submission;
  /** What the reading said on stderr (the profile a file carries), for the main thread to print. */
  notes: string[];
}

/**
 * The profile a submission is checked with, the one validate would use on it: --profile when given,
 * else the one the file carries (said on stderr), else the run's.
 */
async function submissionProfile(file: string, bytes: Uint8Array, options: SubmissionRunOptions, io: Io, t: CliText) {
  if (options.profileGiven) return options.profile;
  try {
    return (await storedProfileOf(file, bytes, io, t)) ?? options.profile;
  } catch (e) {
    // A package that cannot be opened is rejected by the reader, with its own reason.
    if (e instanceof WorkbookReadError) return options.profile;
    throw e;
  }
}

export async function readSubmissionTask({ file, options }: SubmissionTask): Promise<SubmissionResult> {
  const t = CLI_TEXT[options.lang];
  const notes: string[] = [];
  const io: Io = { stdout: () => {}, stderr: (s) => notes.push(s), today: () => options.asOf };
  const name = basename(file);
  try {
    const bytes = readInput(file, t);
    const profile = await submissionProfile(file, bytes, options, io, t);
    const sub = await readSubmissionFile(bytes, name, statSync(file).mtime.toISOString(), {
      ...options,
      profile,
      digest: sha256,
      // The run's requirement, not the one a file's own profile states: a unit cannot waive it.
      requireStamp: options.profile.requireStamp,
    });
    return { sub, notes };
  } catch (e) {
    // Whatever went wrong with one file is that file's rejection; the others are still consolidated.
    const reason = e instanceof InputError ? e.message : `${t.internal} (${(e as Error).message})`;
    return { sub: rejectedSubmission(name, reason, null), notes };
  }
}
