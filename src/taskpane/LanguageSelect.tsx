import { makeStyles, Select } from "@fluentui/react-components";
import type { Lang } from "../engine/text/format";
import { LANGS } from "../i18n/ui";
import { useUi } from "./language";

const useStyles = makeStyles({
  select: {
    flexShrink: 0,
    width: "120px",
  },
});

export function LanguageSelect({ onChange }: { onChange: (lang: Lang) => void }) {
  const styles = useStyles();
  const { lang, t } = useUi();
  return (
    <Select
      className={styles.select}
      size="small"
      aria-label={t.languageLabel}
      value={lang}
      onChange={(_, data) => onChange(LANGS.find((l) => l === data.value) ?? lang)}
    >
      {LANGS.map((l) => (
        <option key={l} value={l} lang={l}>
          {t.languageNames[l]}
        </option>
      ))}
    </Select>
  );
}
