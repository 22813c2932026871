/**
 * What every ntp-disburse command shares: the process's streams and clock,
 * the two kinds of refusal (bad usage, unreadable input), reading an input
 * file within the size limit, writing an output that is not an input, and
 * loading a milestone profile.
 */

import { existsSync, realpathSync, statSync } from "node:fs";
import { BUILT_IN_PROFILES, Profile, ProfileError, profileFromJson } from "../engine/profile";
import { storedProfile } from "../engine/profile/stored";
import { parseDay, pastProfileYear } from "../engine/day-text";
import { readMetadataPart } from "../workbook/file/custom-xml";
import { metadataOf } from "../engine/metadata";
import { CLI_TEXT } from "../i18n/cli";
import { NotReadable, readRegularFile, writeFileAtomic } from "./safe-files";
import type { Lang } from "../engine/text/format";

/** Files above this size are refused before reading (see README, "Limits"). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  today: () => string;
}

export type CliText = (typeof CLI_TEXT)[Lang];

/** Bad arguments: the message, then where to read the usage, exit 2. */
export class UsageError extends Error {}

/** An input that cannot be used: "ntp-disburse: FILE: reason", exit 2. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** The --as-of day, today when absent, in any form parseDay takes; refused unless the day exists. */
export function asOfDay(value: string | undefined, io: Io, t: CliText): string {
  const asOf = parseDay(value ?? io.today());
  if (asOf === null) throw new UsageError(t.badDate);
  return asOf;
}

/** Refuses an --out that does not name an .xlsx file (the only kind every command writes). */
export function checkXlsxName(out: string | undefined, t: CliText): void {
  if (out !== undefined && !/\.xlsx$/i.test(out)) throw new UsageError(t.outNotXlsx);
}

/** Refuses, before any input is read, an --out (when given) that is no .xlsx name or is one of the inputs. */
export function checkOut(out: string | undefined, inputs: string[], t: CliText): void {
  checkXlsxName(out, t);
  if (out !== undefined) checkOutput(out, inputs, t);
}

/** The --out of a command that writes nothing else, required, and checked as checkOut checks it. */
export function requiredOut(out: string | undefined, inputs: string[], t: CliText): string {
  if (out === undefined) throw new UsageError(t.needOut);
  checkOut(out, inputs, t);
  return out;
}

/**
 * Says on stderr when the day checked at lies in a later year than the
 * profile's: every deadline has then passed, which is rarely what the user
 * meant (a 2025 plan checked against the 2024 milestones, or --as-of forgotten).
 */
export function warnIfProfileYearPast(asOf: string, profile: Profile, io: Io, t: CliText): void {
  if (pastProfileYear(asOf, profile)) io.stderr(`ntp-disburse: ${t.profileYearPast(asOf, profile.id, profile.year)}\n`);
}

/** A built-in profile by id, or a profile file (JSON, see README "Milestone profiles"). */
export function loadProfile(idOrFile: string | undefined, t: CliText): Profile {
  const id = idOrFile ?? "quang-nam-2024";
  const builtIn = BUILT_IN_PROFILES.find((p) => p.id === id);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(id) && !existsSync(id))
    throw new UsageError(
      `${t.unknownProfile}: ${id} (${t.builtInProfiles}: ${BUILT_IN_PROFILES.map((p) => p.id).join(", ")})`,
    );
  const text = new TextDecoder().decode(readInput(id, t));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(id, `${t.badProfile}: ${(e as Error).message}`);
  }
  try {
    return profileFromJson(json);
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(id, `${t.badProfile}: ${e.problems.join("; ")}`);
    throw e;
  }
}

/**
 * The profile a workbook carries (a generated template carries the one it was
 * made with), said on stderr; null when it carries none. A stored profile that
 * is not valid is refused like a bad profile file; damaged metadata is said on
 * stderr, and what of it still reads is used.
 */
export async function storedProfileOf(file: string, bytes: Uint8Array, io: Io, t: CliText): Promise<Profile | null> {
  let stored: Profile | null;
  try {
    const read = await readMetadataPart(bytes);
    if (read.kind === "damaged") io.stderr(`ntp-disburse: ${file}: ${t.damagedMetadata(read.lost)}\n`);
    stored = storedProfile(metadataOf(read));
  } catch (e) {
    if (e instanceof ProfileError) throw new InputError(file, `${t.badStoredProfile}: ${e.problems.join("; ")}`);
    throw e;
  }
  if (stored !== null) io.stderr(`ntp-disburse: ${file}: ${t.profileFromWorkbook(stored.id)}\n`);
  return stored;
}

/** The profile to use on a workbook: --profile when given; else the one the workbook carries; else the built-in one. */
export async function profileFor(
  option: string | undefined,
  file: string,
  bytes: Uint8Array | null,
  io: Io,
  t: CliText,
): Promise<Profile> {
  if (option !== undefined || bytes === null) return loadProfile(option, t);
  return (await storedProfileOf(file, bytes, io, t)) ?? loadProfile(undefined, t);
}

/** The bytes of an input file, refused with a reason when missing, unreadable, not a regular file or too big. */
export function readInput(file: string, t: CliText): Uint8Array {
  try {
    return readRegularFile(file, MAX_FILE_BYTES);
  } catch (e) {
    if (e instanceof NotReadable) {
      const reason = {
        directory: t.isDirectory,
        "not-regular": t.notRegularFile,
        "too-big": `${t.tooBig} (${MAX_FILE_BYTES / 1024 / 1024} MiB)`,
      }[e.why];
      throw new InputError(file, reason);
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      file,
      code === "ENOENT"
        ? t.notFound
        : code === "EACCES"
          ? t.noAccess
          : code === "EISDIR"
            ? t.isDirectory
            : (e as Error).message,
    );
  }
}

/** Whether two paths name the same file: same real path, or same device and inode (a hard link). */
function sameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  if (realpathSync.native(a) === realpathSync.native(b)) return true;
  const [sa, sb] = [statSync(a), statSync(b)];
  return sa.dev === sb.dev && sa.ino === sb.ino && sa.ino !== 0;
}

/** Refuses an output file that is one of the inputs (checked before reading them, and again before writing). */
export function checkOutput(file: string, inputs: string[], t: CliText): void {
  if (inputs.some((input) => sameFile(file, input))) throw new InputError(file, t.outIsInput);
}

/** Writes an output file whole or not at all (see safe-files), never over one of the inputs. */
export function writeOutput(file: string, bytes: Uint8Array, inputs: string[], t: CliText): void {
  checkOutput(file, inputs, t);
  try {
    writeFileAtomic(file, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? t.noOutDir
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? t.noWriteAccess
          : code === "EISDIR"
            ? t.isDirectory
            : code === "ENOSPC" || code === "EDQUOT"
              ? t.noSpace
              : `${t.writeFailed} (${code ?? (e as Error).message})`;
    throw new InputError(file, reason);
  }
}
