import { withAuditTrail } from "../workbook/audit-trail";
import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
} from "@fluentui/react-components";
import { type ComponentType, lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { Lang } from "../engine/text/format";
import type { UiStrings } from "../i18n/ui";
import type { WorkbookPort } from "../workbook/port";
import { CheckView } from "./check/CheckView";
import type { HostInfo } from "./host";
import { LanguageContext, startingLang, storeLang, useUi } from "./language";
import { PaneHeader } from "./PaneHeader";
import { type PaneSession, SessionContext, todayIso } from "./session";
import { themeFor } from "./theme";
import type { ViewProps } from "./view-props";

interface View {
  id: keyof UiStrings["tabs"];
  View: ComponentType<ViewProps>;
}

/** Only inside Excel, and only with a failure to show: kept out of the start-up bundle. */
const RibbonFailureBar = lazy(() => import(/* webpackChunkName: "ribbon-failure" */ "./RibbonFailureBar"));

const named =
  <K extends string>(key: K) =>
  (m: Record<K, ComponentType<ViewProps>>) => ({ default: m[key] });

/**
 * Plan and Consolidate make new workbooks: inside Excel they add sheets through
 * the port; in file mode they offer their own download, so the picked file's
 * port is not theirs to write to.
 */
function excelOnlyPort(Inner: ComponentType<ViewProps>): ComponentType<ViewProps> {
  return function ExcelOnlyPort({ lang, port }: ViewProps) {
    return <Inner lang={lang} port={port?.kind === "excel" ? port : undefined} />;
  };
}

/** The tabs, in order. A view is one line here (lazily loaded views stay out of the start-up chunk). */
const VIEWS: View[] = [
  { id: "check", View: CheckView },
  { id: "plan", View: excelOnlyPort(lazy(() => import("./plan/PlanView").then(named("PlanView")))) },
  { id: "consolidate", View: excelOnlyPort(lazy(() => import("./consolidate/ConsolidateView"))) },
  { id: "settings", View: lazy(() => import("./settings/SettingsView").then(named("SettingsView"))) },
];

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
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "720px",
  },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    flexWrap: "wrap",
  },
});

export interface AppProps {
  host: HostInfo;
  /** Excel mode: connects to the open workbook (the Office.js adapter, loaded on demand). */
  connectExcel?: () => Promise<WorkbookPort>;
}

export function App({ host, connectExcel }: AppProps) {
  useResetStyles();
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(() => startingLang(host.displayLanguage));
  const chooseLang = useCallback((chosen: Lang) => {
    setLang(chosen);
    storeLang(chosen);
  }, []);
  const theme = useMemo(() => themeFor(host.officeTheme), [host.officeTheme]);
  const session = useSessionState(host, connectExcel, chooseLang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <LanguageContext.Provider value={lang}>
        <SessionContext.Provider value={session}>
          <main className={styles.main}>
            <PaneHeader onLangChange={chooseLang} />
            {host.mode === "excel" && (
              <Suspense fallback={null}>
                <RibbonFailureBar storage={localStorage} />
              </Suspense>
            )}
            <Views lang={lang} port={session.port} tabsClass={styles.tabs} />
          </main>
        </SessionContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

function Views({ lang, port, tabsClass }: ViewProps & { tabsClass: string }) {
  const { t } = useUi();
  const [selected, setSelected] = useState<View["id"]>("check");
  const current = VIEWS.find((v) => v.id === selected) ?? VIEWS[0];
  return (
    <>
      <TabList
        className={tabsClass}
        size="small"
        aria-label={t.tabsLabel}
        selectedValue={current.id}
        onTabSelect={(_, data) => setSelected(data.value as View["id"])}
      >
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={`view-${v.id}`}>
            {t.tabs[v.id]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`view-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <Suspense fallback={<Spinner size="tiny" label={t.loadingView} />}>
          <current.View lang={lang} port={port} />
        </Suspense>
      </div>
    </>
  );
}

/** The workbook the pane works on, the as-of day, and the metadata version the views share. */
function useSessionState(
  host: HostInfo,
  connectExcel: AppProps["connectExcel"],
  setLang: (lang: Lang) => void,
): PaneSession {
  const [port, setPort] = useState<WorkbookPort | undefined>();
  const [portError, setPortError] = useState<unknown>(null);
  const [asOf, setAsOf] = useState(todayIso);
  const [metadataVersion, setMetadataVersion] = useState(0);

  useEffect(() => {
    if (host.mode !== "excel" || !connectExcel) return;
    let live = true;
    connectExcel().then(
      (p) => live && setPort(p),
      (error: unknown) => live && setPortError(error),
    );
    return () => {
      live = false;
    };
  }, [host.mode, connectExcel]);

  const openFile = useCallback(async (file: File) => {
    const [{ FileWorkbookPort }, { fileWriters }, bytes] = await Promise.all([
      import(/* webpackChunkName: "file-port" */ "../workbook/file/file-port"),
      import(/* webpackChunkName: "file-port" */ "./file-writers"),
      file.arrayBuffer(),
    ]);
    setPort(withAuditTrail(new FileWorkbookPort(file.name, new Uint8Array(bytes), fileWriters)));
  }, []);

  return useMemo(
    () => ({
      mode: host.mode,
      port,
      portError,
      openFile,
      asOf,
      setAsOf,
      setLang,
      metadataVersion,
      metadataChanged: () => setMetadataVersion((v) => v + 1),
    }),
    [host.mode, port, portError, openFile, asOf, setLang, metadataVersion],
  );
}
