import { makeStyles, tokens } from "@fluentui/react-components";

/** A flex column with this gap between its blocks. */
const column = (gap: string) => ({ display: "flex", flexDirection: "column", gap }) as const;

/**
 * The pane's recurring layouts (views, sections, lists, rows of buttons), so
 * that every view spaces its blocks alike. Combine them with mergeClasses.
 */
export const useLayoutStyles = makeStyles({
  stackS: column(tokens.spacingVerticalS),
  stackM: column(tokens.spacingVerticalM),
  stackL: column(tokens.spacingVerticalL),
  stackXL: column(tokens.spacingVerticalXL),
  /** Children keep their own width: buttons are not stretched across the pane. */
  startAligned: { alignItems: "flex-start" },
  /** A row of buttons that wraps in a narrow pane. */
  buttonRow: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  /** A list of blocks (cards, groups of badges), without bullets. */
  blockList: { listStyleType: "none", margin: 0, padding: 0, ...column(tokens.spacingVerticalS) },
});
