import { createContext, useContext } from "react";
import type { Lang } from "../i18n/format";
import { LANGS, ui, type UiStrings } from "../i18n/ui";

export const LanguageContext = createContext<Lang>("vi");

/** The pane's language and its strings. */
export function useUi(): { lang: Lang; t: UiStrings } {
  const lang = useContext(LanguageContext);
  return { lang, t: ui[lang] };
}

const STORAGE_KEY = "ntp-disburse.lang";

/** The language the user chose last time on this computer; Vietnamese by default. */
export function storedLang(): Lang {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGS.find((lang) => lang === value) ?? "vi";
  } catch {
    return "vi"; // storage can be disabled (privacy settings, some Office hosts)
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; the choice still holds for this session.
  }
}
