import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useUi } from "../language";
import { failureText } from "./failure";

/** Why an action failed, in the pane's language, after what was being done when one is named. */
export function FailureBar({ error, doing }: { error: unknown; doing?: string }) {
  const { lang } = useUi();
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {doing && `${doing} `}
        {failureText(error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
