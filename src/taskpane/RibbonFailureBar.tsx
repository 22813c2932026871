/**
 * A ribbon command that failed while the pane was closed (or open: the
 * function file is another page), shown until the user dismisses it. The
 * command already told the user in a dialog; this keeps the reason at hand.
 */

import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { forgetRibbonFailure, lastRibbonFailure, type RibbonFailure } from "../commands/failure";
import { ribbonText } from "../i18n/ribbon";
import { useUi } from "./language";

export default function RibbonFailureBar({ storage }: { storage: Storage }) {
  const { lang } = useUi();
  const [failure, setFailure] = useState<RibbonFailure | null>(() => lastRibbonFailure(storage));
  useEffect(() => {
    // Another page of the add-in (the function file) wrote it.
    const onStorage = () => setFailure(lastRibbonFailure(storage));
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storage]);
  if (!failure) return null;
  const at = new Date(failure.at);
  const when = `${at.toTimeString().slice(0, 5)} ${at.getDate()}/${at.getMonth() + 1}/${at.getFullYear()}`;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {failure.text[lang]} {ribbonText.when(when, lang)}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() => {
            forgetRibbonFailure(storage);
            setFailure(null);
          }}
        >
          {ribbonText.dismiss[lang]}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
