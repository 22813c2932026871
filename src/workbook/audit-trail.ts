/**
 * The audit trail of what the add-in does to a workbook: wraps a port's
 * writes (highlights applied and cleared, profile and column roles saved,
 * sheets added) so each also appends an entry to the metadata part's
 * bounded log (engine/audit.ts). The port is changed in place, so file
 * mode's own methods (downloads) stay as they are.
 */

import { type AuditAction, withAudit } from "../engine/audit";
import type { AddinMetadata } from "../engine/metadata";
import { localDateTime } from "../engine/stamp/time";
import { TOOL } from "../engine/version";
import type { WorkbookPort } from "./port";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function withAuditTrail<P extends WorkbookPort>(
  port: P,
  now: () => string = () => localDateTime(new Date()),
): P {
  const save = port.saveMetadata.bind(port);
  const apply = port.applyHighlights.bind(port);
  const clear = port.clearHighlights.bind(port);
  const add = port.addSheets.bind(port);
  const entry = (action: AuditAction, detail?: string) => ({
    at: now(),
    action,
    by: "add-in" as const,
    tool: TOOL.version,
    ...(detail ? { detail } : {}),
  });
  const log = async (action: AuditAction, detail?: string): Promise<void> =>
    save(withAudit(await port.loadMetadata(), entry(action, detail)));
  port.saveMetadata = async (meta: AddinMetadata) => {
    const before = await port.loadMetadata();
    let next = meta;
    if (!same(before?.profile, meta.profile))
      next = withAudit(next, entry("profile-saved", (meta.profile as { id?: string })?.id));
    if (!same(before?.mappings, meta.mappings)) next = withAudit(next, entry("mapping-saved"));
    return save(next);
  };
  port.applyHighlights = async (plan) => {
    await apply(plan);
    await log("highlights-applied", String(plan.ranges.length));
  };
  port.clearHighlights = async () => {
    await clear();
    await log("highlights-cleared");
  };
  port.addSheets = async (specs) => {
    const names = await add(specs);
    await log("sheets-added", names.join(", "));
    return names;
  };
  return port;
}
