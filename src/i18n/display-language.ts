import type { Lang } from "../engine/text/format";

/**
 * The add-in's language for Office's display language: Vietnamese for any
 * vi-* Office, English for every other (a reader of an English, French or
 * Japanese Office reads English more likely than Vietnamese). Shared by the
 * pane's default and the ribbon commands' messages, so both speak alike.
 */
export function langOfDisplayLanguage(displayLanguage: string): Lang {
  return /^vi\b/i.test(displayLanguage.trim()) ? "vi" : "en";
}
