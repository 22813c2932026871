/**
 * consolidate.html: the Consolidate view on its own page, in file mode (no
 * Office): DPI staff can open it in any browser, and the end-to-end test
 * drives it in headless Chromium without depending on the pane shell. The
 * view is loaded lazily, as the pane shell loads it.
 */

import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { lazy, StrictMode, Suspense, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../../engine/text/format";
import { LanguageContext, startingLang, storeLang } from "../language";
import { PaneHeader } from "../PaneHeader";

const ConsolidateView = lazy(() => import(/* webpackChunkName: "consolidate-view" */ "./ConsolidateView"));

function Page() {
  const [lang, setLang] = useState<Lang>(() => startingLang(null));
  const chooseLang = (chosen: Lang) => {
    setLang(chosen);
    storeLang(chosen);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <LanguageContext.Provider value={lang}>
        <main style={{ display: "flex", flexDirection: "column", gap: 16, padding: 12, maxWidth: 720 }}>
          <PaneHeader onLangChange={chooseLang} />
          <Suspense fallback={<Spinner size="tiny" />}>
            <ConsolidateView lang={lang} />
          </Suspense>
        </main>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container)
  createRoot(container).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
