import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import type { Lang } from "../engine/text/format";
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
  tools: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXXS,
    flexShrink: 0,
  },
  // A plain link styled as Fluent's: Fluent's Link component would push the start-up bundle past its budget.
  guide: {
    color: tokens.colorBrandForegroundLink,
    fontSize: tokens.fontSizeBase200,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
  },
});

/**
 * The user guide, rendered from docs/huong-dan-su-dung.md into dist/ by the
 * build (webpack.config.js): served beside the pane from the province's own
 * server, so it opens where the repository cannot be reached.
 */
export const GUIDE_URL = "huong-dan/index.html";

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
      <div className={styles.tools}>
        <LanguageSelect onChange={onLangChange} />
        <a
          className={styles.guide}
          href={GUIDE_URL}
          target="_blank"
          rel="noopener noreferrer"
          title={t.guideLinkTitle}
          lang="vi"
        >
          {t.guideLink}
        </a>
      </div>
    </header>
  );
}
