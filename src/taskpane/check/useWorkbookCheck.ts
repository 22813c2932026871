import { type MutableRefObject, useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { useSession } from "../session";
import { afterEdit, checkedAt, type ReadState } from "./check-state";

const loadEngine = () => import(/* webpackChunkName: "engine" */ "./run-check");

type SetState = (state: ReadState) => void;

/** The whole workbook read (engine loaded first), again whenever `again` changes. */
function useWholeRead(port: WorkbookPort, fileName: string, again: string, setState: SetState) {
  useEffect(() => {
    let live = true;
    setState({ step: "reading", progress: null });
    void (async () => {
      try {
        const engine = await loadEngine();
        const checker = await engine.readForCheck(port, fileName, (progress) => {
          if (live) setState({ step: "reading", progress });
        });
        if (live) setState({ step: "ready", checker, engine });
      } catch (error) {
        if (live) setState({ step: "failed", error });
      }
    })();
    return () => {
      live = false;
    };
  }, [port, fileName, again]);
}

/**
 * Live checking (Excel): once the user pauses, each edited sheet is read again (one at a time) and the workbook
 * checked again; while a whole read runs or after one failed, an edit starts a whole read. Returns why watching
 * could not start, if it could not.
 */
function useLiveCheck(port: WorkbookPort, current: MutableRefObject<ReadState>, setState: SetState, whole: () => void) {
  const [watchError, setWatchError] = useState<unknown>(null);
  useEffect(() => {
    if (!port.watchEdits) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    let queue = Promise.resolve();
    const reread = async (sheet: string) => {
      const before = current.current;
      if (before.step !== "ready") return whole();
      const next = await afterEdit(before, sheet);
      // A whole read begun meanwhile began after this edit: it supersedes this result.
      if (!live || current.current !== before) return;
      current.current = next;
      setState(next);
    };
    setWatchError(null);
    port
      .watchEdits((sheet) => (queue = queue.then(() => reread(sheet))))
      .then(
        (s) => {
          if (live) stop = s;
          else void s();
        },
        (error: unknown) => live && setWatchError(error),
      );
    return () => {
      live = false;
      void stop?.();
    };
  }, [port]);
  return watchError;
}

/**
 * The Check view's state: the workbook read through its port (again on "Check again", after Settings or a
 * mapping changed the metadata, and sheet by sheet after edits in Excel), checked in the pane's language
 * at the session's day.
 */
export function useWorkbookCheck(port: WorkbookPort, fileName: string) {
  const { lang } = useUi();
  const session = useSession();
  const [state, setState] = useState<ReadState>({ step: "reading", progress: null });
  const [run, setRun] = useState(0);
  const recheck = () => setRun((n) => n + 1);
  // The state as last set, for edits that arrive while a re-read runs.
  const current = useRef(state);
  current.current = state;
  useWholeRead(port, fileName, `${run}:${session.metadataVersion}`, setState);
  const watchError = useLiveCheck(port, current, setState, recheck);
  // Checked again from what was read when the language (messages) or the day changes.
  const checked = useMemo(() => checkedAt(state, lang, session.asOf), [state, lang, session.asOf]);
  const result = checked && "result" in checked ? checked.result : null;
  return { state, checked, result, watchError, recheck, busy: state.step === "reading" };
}
