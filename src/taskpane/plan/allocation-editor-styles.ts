import { makeStyles, tokens } from "@fluentui/react-components";

/** The typed allocation list's cards: a left rule per line, headings darker, fields two by two. */
export const useAllocationStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignSelf: "stretch", minWidth: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeftWidth: tokens.strokeWidthThick,
    borderLeftStyle: "solid",
    borderLeftColor: tokens.colorBrandStroke2,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { borderLeftColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorNeutralBackground3 },
  top: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  number: { minWidth: "18px", lineHeight: "24px" },
  kind: { flexGrow: 1, minWidth: 0 },
  input: { minWidth: 0, width: "100%" },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  tool: { minWidth: "28px", maxWidth: "28px", paddingLeft: 0, paddingRight: 0 },
});
