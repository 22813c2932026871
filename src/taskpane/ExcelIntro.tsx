import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useUi } from "./language";
import { useLayoutStyles } from "./layout";

const useStyles = makeStyles({
  list: {
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** What the add-in does, shown when the pane runs inside Excel. */
export function ExcelIntro() {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { t } = useUi();
  return (
    <section className={layout.stackS}>
      <Body1 as="p" block>
        {t.excelIntro}
      </Body1>
      <ul className={styles.list}>
        {t.excelFeatures.map((feature) => (
          <li key={feature}>
            <Body1>{feature}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
