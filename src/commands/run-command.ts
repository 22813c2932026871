/**
 * One run of a ribbon command. Success is seen in the workbook (highlights
 * appear or go); a failure must be told, since a function command has no
 * surface: in a dialog in the user's language, and recorded for the pane.
 */

import type { Lang } from "../engine/text/format";
import type { RibbonCommand } from "../i18n/ribbon";
import { forgetRibbonFailure, recordRibbonFailure, ribbonFailure } from "./failure";

export interface CommandEnvironment {
  lang: Lang;
  storage: Storage;
  now(): Date;
  /** Shows the text to the user; resolves once they have closed it. */
  tell(text: string): Promise<void>;
}

export async function runRibbonCommand(
  command: RibbonCommand,
  env: CommandEnvironment,
  work: () => Promise<string>,
): Promise<void> {
  try {
    console.info(await work());
    // An older failure is no longer the news once the same workbook checks or clears fine.
    forgetRibbonFailure(env.storage);
  } catch (e) {
    const failure = ribbonFailure(command, e, env.now());
    console.error(failure.code ?? "", e);
    recordRibbonFailure(env.storage, failure);
    await env.tell(failure.text[env.lang]);
  }
}
