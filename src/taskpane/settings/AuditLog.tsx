import { Body1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type AuditEntry, auditOf } from "../../engine/audit";
import { ACCOUNTABILITY_TEXT, formatStampTime } from "../../engine/text/accountability";
import type { WorkbookPort } from "../../workbook/port";
import { useUi } from "../language";
import { ListSection } from "../Section";

/** The newest entries first: what the add-in and the command line did to this workbook. */
const SHOWN = 30;

/** Settings' "Nhật ký thao tác": the metadata part's audit trail. */
export function AuditLog({ port }: { port?: WorkbookPort }) {
  const { lang } = useUi();
  const a = ACCOUNTABILITY_TEXT[lang];
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    if (!port) return;
    let live = true;
    void port.loadMetadata().then(
      (meta) => live && setEntries(auditOf(meta).slice(-SHOWN).reverse()),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);
  return (
    <ListSection id="audit-heading" heading={a.auditHeading}>
      {entries.length === 0 ? (
        <li>
          <Body1>{a.auditEmpty}</Body1>
        </li>
      ) : (
        entries.map((e, i) => (
          <li key={i}>
            <Body1>
              {formatStampTime(e.at)} · {a.auditActions[e.action]}
              {e.detail ? ` (${e.detail})` : ""} · {e.by === "cli" ? a.auditCli : a.auditAddin} {e.tool}
            </Body1>
          </li>
        ))
      )}
    </ListSection>
  );
}
