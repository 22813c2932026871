/** Everything the Consolidate view runs, gathered in one lazily loaded chunk. */

export { consolidate } from "../../engine/consolidate/consolidate";
export { consolidationSheets } from "../../engine/consolidate/sheets";
export { parseExpectedUnits } from "../../engine/consolidate/expected";
export { withUnit } from "../../engine/consolidate/submission";
export { readSubmissionFile, readTreasuryFile } from "../../workbook/file/read-submission";
