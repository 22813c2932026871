import { makeStyles, tokens } from "@fluentui/react-components";

/** The findings panel's styles: filters, the selected cell, and the findings by sheet and line. */
export const useFindingsStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  dropdown: {
    minWidth: 0,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  selected: {
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  cellRef: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
  },
  sheet: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  sheetHeading: {
    overflowWrap: "anywhere",
    paddingTop: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  line: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  lineHeading: {
    overflowWrap: "anywhere",
  },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  current: {
    borderLeftColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  rule: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  cellButton: {
    minWidth: 0,
    fontFamily: tokens.fontFamilyMonospace,
  },
});
