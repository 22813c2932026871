import { useContext, useEffect, useRef, useState } from "react";
import type { Lang } from "../engine/text/format";
import type { WorkbookPort } from "../workbook/port";
import { failureText } from "./check/failure";
import type { PlanProfile } from "./plan/plan-profile";
import { SessionContext } from "./session";

/**
 * The milestone profile Plan and Consolidate work with: the one Settings saved in `port`'s workbook, else
 * the built-in one; loaded again when Settings changes it (the standalone Consolidate page has no session,
 * so no changes). When not even the profile code loads, `onFailure` is told why, in the pane's language.
 */
export function useWorkbookProfile(
  port: WorkbookPort | undefined,
  lang: Lang,
  onFailure: (message: string) => void,
): PlanProfile | null {
  const session = useContext(SessionContext);
  const [profile, setProfile] = useState<PlanProfile | null>(null);
  // Read when a load fails, not a reason to load again: switching the language keeps a plan made meanwhile.
  const failed = useRef({ lang, onFailure });
  failed.current = { lang, onFailure };
  useEffect(() => {
    let live = true;
    // The profile code (schema check included) is the Plan view's chunk, loaded once for both views.
    import(/* webpackChunkName: "plan-profile" */ "./plan/plan-profile")
      .then(({ planProfile }) => planProfile(port))
      .then(
        (p) => live && setProfile(p),
        (error: unknown) => live && failed.current.onFailure(failureText(error, failed.current.lang)),
      );
    return () => {
      live = false;
    };
  }, [port, session?.metadataVersion]);
  return profile;
}
