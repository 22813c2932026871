/**
 * plan-test.html: the Plan view alone, in file mode, for its end-to-end test
 * in headless Chromium (and its screenshot) while the pane shell that will
 * host it is built elsewhere. `?lang=en` shows it in English. Laid out as
 * the pane lays out its views: 12 px padding, no browser margins.
 */

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { PlanView } from "./PlanView";

const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "vi";
document.documentElement.lang = lang;
const container = document.getElementById("root");
if (container)
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
        <main style={{ padding: 12, maxWidth: 720 }}>
          <PlanView lang={lang} />
        </main>
      </FluentProvider>
    </StrictMode>,
  );
