import { createContext, useContext } from "react";
import type { Lang } from "../engine/text/format";
import { LANGS, ui, type UiStrings } from "../i18n/ui";
import { langOfDisplayLanguage } from "../i18n/display-language";

export const LanguageContext = createContext<Lang>("vi");

/** The pane's language and its strings. */
export function useUi(): { lang: Lang; t: UiStrings } {
  const lang = useContext(LanguageContext);
  return { lang, t: ui[lang] };
}

const STORAGE_KEY = "ntp-disburse.lang";

/** The language the user chose last time on this computer, if they ever chose one. */
export function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((lang) => lang === value) ?? null;
  } catch {
    return null; // storage can be disabled (privacy settings, some Office hosts)
  }
}

/**
 * The pane's language at start: the user's own choice when they made one,
 * else Office's display language inside Office, else Vietnamese.
 */
export function startingLang(officeDisplayLanguage: string | null): Lang {
  return storedLang() ?? (officeDisplayLanguage === null ? "vi" : langOfDisplayLanguage(officeDisplayLanguage));
}

/** Remembers a language the user chose (never a default, which must keep following Office). */
export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the choice still holds for this session.
  }
}
