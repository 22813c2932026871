import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { dayText, parseDay } from "../engine/day-text";
import { useUi } from "./language";

/**
 * A day typed as officers write it (31/05/2024, 31/5/24, 31-05-2024,
 * 31.05.2024 or ISO), shown day first whatever the browser's locale: a text
 * field with the engine's parser, not <input type=date>, whose display
 * follows the browser (month first in an English browser).
 */
export function DayField({
  label,
  hint,
  value,
  onChange,
}: {
  label: string;
  hint?: string;
  /** ISO day, or "" for none. */
  value: string;
  onChange: (iso: string) => void;
}) {
  const { t } = useUi();
  const [text, setText] = useState(value ? dayText(value) : "");
  const [bad, setBad] = useState(false);
  // A day set elsewhere (Settings, the Check tab) shows here too, unless this is what the user is typing.
  useEffect(() => {
    setText((typed) => (parseDay(typed) === value ? typed : value ? dayText(value) : ""));
    setBad(false);
  }, [value]);
  return (
    <Field
      label={label}
      hint={hint ? `${hint} (${t.dayFormat})` : t.dayFormat}
      validationMessage={bad ? t.dayInvalid : undefined}
    >
      <Input
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const iso = parseDay(data.value);
          setBad(iso === null && data.value.trim() !== "");
          if (iso !== null) onChange(iso);
        }}
        // Once typed, the day is shown the one way: 31.5.24 becomes 31/05/2024.
        onBlur={() => {
          const iso = parseDay(text);
          if (iso !== null) setText(dayText(iso));
        }}
      />
    </Field>
  );
}
