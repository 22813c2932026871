import { useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useSession } from "../session";
import { type DetectedTable, mappingFromChoices, withMapping } from "./mapping-view";

/** A table's column roles as the user edits them (as detected at first), saved into the workbook's metadata. */
export function useMappingEditor(port: WorkbookPort, table: DetectedTable, onClose: () => void) {
  const session = useSession();
  const [roles, setRoles] = useState<Record<string, string>>(() =>
    Object.fromEntries(table.columns.map((c) => [c.letter, c.role])),
  );
  const [error, setError] = useState<unknown>(null);
  const setRole = (letter: string, role: string) => setRoles({ ...roles, [letter]: role });

  const save = async () => {
    try {
      const meta = await port.loadMetadata();
      await port.saveMetadata(withMapping(meta, mappingFromChoices(table, roles)));
      onClose();
      session.metadataChanged();
    } catch (e) {
      setError(e);
    }
  };

  return { roles, setRole, error, save };
}
