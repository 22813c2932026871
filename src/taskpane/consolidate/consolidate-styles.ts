import { makeStyles, tokens } from "@fluentui/react-components";

/** The Consolidate view's styles, shared by its parts. */
export const useConsolidateStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  file: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  rejected: { color: tokens.colorPaletteRedForeground1 },
  // Label and value on one line while both fit; when the pane is narrow the value goes under its label.
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  figure: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
  },
  label: { flex: "1 1 12em", margin: 0 },
  value: { marginLeft: "auto", textAlign: "right", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});
