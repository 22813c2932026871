import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Lang } from "../i18n/format";
import { LanguageSelect } from "./LanguageSelect";
import { useUi } from "./language";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  subtitle: {
    color: tokens.colorNeutralForeground3,
  },
});

export function PaneHeader({ onLangChange }: { onLangChange: (lang: Lang) => void }) {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Subtitle1 as="h1" block>
          {t.appTitle}
        </Subtitle1>
        <Caption1 block className={styles.subtitle}>
          {t.appSubtitle}
        </Caption1>
      </div>
      <LanguageSelect onChange={onLangChange} />
    </header>
  );
}
