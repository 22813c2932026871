import { useEffect, useState } from "react";
import type { Profile } from "../../engine/profile";
import type { ValidateReport } from "../../engine/report-types";
import type { StampVerdict } from "../../engine/stamp/verdict";
import { localDateTime } from "../../engine/stamp/time";
import type { WorkbookPort } from "../../workbook/port";
import { download, XLSX_MIME } from "../download";
import { useUi } from "../language";
import type { CheckEngine } from "./check-state";

/**
 * The commitment form's state: the stamp's state on this check, the leader and position typed, and the
 * commitment made (the stamp written into the workbook, or in file mode into a copy to download).
 */
export function useCommitment(port: WorkbookPort, report: ValidateReport, profile: Profile, engine: CheckEngine) {
  const { lang } = useUi();
  const [verdict, setVerdict] = useState<StampVerdict | null>(null);
  const [leader, setLeader] = useState("");
  const [position, setPosition] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void engine.stampState(port, report, profile).then((s) => live && setVerdict(s));
    return () => {
      live = false;
    };
  }, [engine, port, report, profile]);

  const commit = async () => {
    setBusy(true);
    setError(null);
    try {
      const { unit } = engine.unitOf(report);
      const done = await engine.stampPlan(port, report, { unit, leader, position }, localDateTime(new Date()), lang);
      if (done.copy) download(done.copy.fileName, done.copy.bytes, XLSX_MIME);
      setVerdict(await engine.stampState(port, report, profile));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const ready = !busy && leader.trim() !== "" && position.trim() !== "";
  return { verdict, leader, setLeader, position, setPosition, ready, error, commit };
}
