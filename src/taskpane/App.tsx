import { FluentProvider, makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { Lang } from "../i18n/format";
import { ExcelIntro } from "./ExcelIntro";
import { FileCheck } from "./FileCheck";
import type { HostInfo } from "./host";
import { LanguageContext, storedLang, storeLang } from "./language";
import { PaneHeader } from "./PaneHeader";
import { themeFor } from "./theme";

// Text blocks are spaced by their containers' gaps, not by browser margins.
const useResetStyles = makeStaticStyles({
  "h1, h2, h3, p, ul, ol, dl, dd": { margin: 0 },
});

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
  },
});

export function App({ host }: { host: HostInfo }) {
  useResetStyles();
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(storedLang);
  const theme = useMemo(() => themeFor(host.officeTheme), [host.officeTheme]);

  useEffect(() => {
    document.documentElement.lang = lang;
    storeLang(lang);
  }, [lang]);

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <LanguageContext.Provider value={lang}>
        <main className={styles.main}>
          <PaneHeader onLangChange={setLang} />
          {host.mode === "excel" ? <ExcelIntro /> : <FileCheck />}
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
