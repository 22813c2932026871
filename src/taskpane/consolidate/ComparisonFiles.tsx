import { Body1, Button } from "@fluentui/react-components";
import type { Lang } from "../../i18n/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import { FilePicker } from "../FilePicker";
import { useConsolidateStyles } from "./consolidate-styles";
import type { RunInputs } from "./useConsolidation";

/** The files the submissions are compared with: the treasury's figures, and last month's submissions. */
export function ComparisonFiles(props: {
  lang: Lang;
  disabled: boolean;
  inputs: RunInputs;
  onChange: (part: Partial<RunInputs>) => void;
}) {
  const { treasuryFile: treasury, previousFiles: previous } = props.inputs;
  const onTreasury = (treasuryFile: File | null) => props.onChange({ treasuryFile });
  const onPrevious = (previousFiles: File[]) => props.onChange({ previousFiles });
  const styles = useConsolidateStyles();
  const t = CONSOLIDATE_UI[props.lang];
  return (
    <>
      <div className={styles.row}>
        <FilePicker
          label={t.pickTreasury}
          appearance="secondary"
          disabled={props.disabled}
          onPick={onTreasury}
          testId="consolidate-treasury"
        />
        {treasury && (
          <>
            <Body1>{t.treasuryChosen(treasury.name)}</Body1>
            <Button appearance="subtle" onClick={() => onTreasury(null)}>
              {t.clearTreasury}
            </Button>
          </>
        )}
      </div>
      <div className={styles.row}>
        <FilePicker
          label={t.pickPrevious}
          appearance="secondary"
          multiple
          disabled={props.disabled}
          onPick={onPrevious}
          testId="consolidate-previous"
        />
        {previous.length > 0 && (
          <>
            <Body1>{t.previousChosen(previous.map((f) => f.name))}</Body1>
            <Button appearance="subtle" onClick={() => onPrevious([])}>
              {t.clearPrevious}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
