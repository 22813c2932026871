import { Body1, Button } from "@fluentui/react-components";
import type { Lang } from "../../i18n/format";
import { CONSOLIDATE_UI } from "../../i18n/ui-consolidate";
import { FilePicker } from "../FilePicker";
import { useConsolidateStyles } from "./consolidate-styles";

/** The files the submissions are compared with: the treasury's figures, and last month's submissions. */
export function ComparisonFiles(props: {
  lang: Lang;
  disabled: boolean;
  treasury: File | null;
  onTreasury: (file: File | null) => void;
  previous: File[];
  onPrevious: (files: File[]) => void;
}) {
  const styles = useConsolidateStyles();
  const t = CONSOLIDATE_UI[props.lang];
  return (
    <>
      <div className={styles.row}>
        <FilePicker
          label={t.pickTreasury}
          appearance="secondary"
          disabled={props.disabled}
          onPick={props.onTreasury}
          testId="consolidate-treasury"
        />
        {props.treasury && (
          <>
            <Body1>{t.treasuryChosen(props.treasury.name)}</Body1>
            <Button appearance="subtle" onClick={() => props.onTreasury(null)}>
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
          onPick={props.onPrevious}
          testId="consolidate-previous"
        />
        {props.previous.length > 0 && (
          <>
            <Body1>{t.previousChosen(props.previous.map((f) => f.name))}</Body1>
            <Button appearance="subtle" onClick={() => props.onPrevious([])}>
              {t.clearPrevious}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
