/**
 * File mode's writers of new files, each loaded only when the user asks for
 * its file (the package rewriting stays out of the pane's start-up chunk).
 */

import type { FileWriters } from "../workbook/file/file-port";

export const fileWriters: FileWriters = {
  highlightedCopy: async (bytes, plan) => {
    const { applyXlsxHighlights } = await import(
      /* webpackChunkName: "highlight-xlsx" */ "../workbook/file/highlight-xlsx"
    );
    return (await applyXlsxHighlights(bytes, plan)).bytes;
  },
  stampedCopy: async (bytes, meta, sheet) => {
    const { stampedCopy } = await import(/* webpackChunkName: "stamp-xlsx" */ "../workbook/file/stamp-xlsx");
    return (await stampedCopy(bytes, meta, sheet)).bytes;
  },
};
