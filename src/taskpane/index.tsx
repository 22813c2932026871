import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../engine/text/format";
import { App } from "./App";
import { detectHost } from "./host";
import { withAuditTrail } from "../workbook/audit-trail";

/** Excel mode's port: the Office.js adapter, loaded only inside Excel; its messages follow the pane's language. */
const connectExcel = () =>
  import(/* webpackChunkName: "office" */ "../workbook/office/port").then(({ OfficeWorkbookPort }) =>
    withAuditTrail(
      new OfficeWorkbookPort({ lang: (): Lang => (document.documentElement.lang === "en" ? "en" : "vi") }),
    ),
  );

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const host = await detectHost();
  createRoot(container).render(
    <StrictMode>
      <App host={host} connectExcel={connectExcel} />
    </StrictMode>,
  );
}

void start();
