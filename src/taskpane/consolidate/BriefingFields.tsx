import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { RunInputs } from "./useConsolidation";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import type { Lang } from "../../i18n/format";

/** The briefing as a document (who issues it, where, in which unit of money) and the units expected to report. */
export function BriefingFields(props: { lang: Lang; inputs: RunInputs; onChange: (part: Partial<RunInputs>) => void }) {
  const t = CONSOLIDATE_UI[props.lang];
  const { briefing } = props.inputs;
  const onBriefing = (part: Partial<RunInputs["briefing"]>) => props.onChange({ briefing: { ...briefing, ...part } });
  return (
    <>
      <Field label={t.issuerLabel}>
        <Input
          value={briefing.issuer}
          placeholder={t.issuerDefault}
          onChange={(_, d) => onBriefing({ issuer: d.value })}
        />
      </Field>
      <Field label={t.placeLabel}>
        <Input value={briefing.place} onChange={(_, d) => onBriefing({ place: d.value })} />
      </Field>
      <Field label={t.scaleLabel}>
        <Select
          value={briefing.scale}
          onChange={(_, d) => onBriefing({ scale: d.value === "billion" ? "billion" : "million" })}
        >
          <option value="million">{t.scales.million}</option>
          <option value="billion">{t.scales.billion}</option>
        </Select>
      </Field>
      <Field label={t.expectedLabel}>
        <Textarea
          value={props.inputs.expected}
          resize="vertical"
          onChange={(_, d) => props.onChange({ expected: d.value })}
        />
      </Field>
    </>
  );
}
