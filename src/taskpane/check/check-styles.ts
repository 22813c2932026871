import { makeStyles } from "@fluentui/react-components";

/** The Check view's own styles (the layouts it shares with other views are in ../layout). */
export const useCheckStyles = makeStyles({
  bar: {
    alignItems: "center",
  },
  file: {
    overflowWrap: "anywhere",
  },
});
