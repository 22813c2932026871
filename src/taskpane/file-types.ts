/** The kinds of file the pane reads and writes, named once for its pickers and downloads. */

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file input's `accept` for workbooks: by extension and by type, as browsers differ in which they use. */
export const XLSX_TYPES = `.xlsx,${XLSX_MIME}`;

/** An allocation list may also be a CSV file. */
export const ALLOCATION_TYPES = `.xlsx,.csv,${XLSX_MIME},text/csv`;
