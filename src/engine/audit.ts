/**
 * The audit trail kept in the workbook's metadata part: what the add-in and
 * the command line did to the workbook (highlights applied or cleared,
 * mappings or profile saved, templates or sheets added, stamps), each with
 * its time and the tool's version. Bounded, so the part stays small however
 * long the workbook lives: the oldest entries go first.
 */

import type { AddinMetadata } from "./metadata";

export type AuditAction =
  "highlights-applied" | "highlights-cleared" | "mapping-saved" | "profile-saved" | "sheets-added" | "stamped";

export interface AuditEntry {
  /** ISO date-time, from the shell's clock. */
  at: string;
  action: AuditAction;
  /** "add-in" or "cli". */
  by: "add-in" | "cli";
  tool: string;
  /** A few words of what: the sheet added, the leader who stamped… */
  detail?: string;
}

export const MAX_AUDIT_ENTRIES = 200;

export function auditOf(meta: AddinMetadata | null): AuditEntry[] {
  return Array.isArray(meta?.audit) ? (meta.audit as AuditEntry[]) : [];
}

/** The metadata with one more entry in its log (the oldest dropped past the bound). */
export function withAudit(meta: AddinMetadata | null, entry: AuditEntry): AddinMetadata {
  const base: AddinMetadata = meta ?? { version: 1 };
  return { ...base, audit: [...auditOf(base), entry].slice(-MAX_AUDIT_ENTRIES) };
}
