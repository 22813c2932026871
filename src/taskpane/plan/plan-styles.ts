import { makeStyles } from "@fluentui/react-components";

/** The Plan view's own styles, shared by its parts (the layout's stacks come from ../layout). */
export const usePlanStyles = makeStyles({
  full: { alignSelf: "stretch" },
});
