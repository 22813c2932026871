/**
 * The highlighted copy's legend sheet as a part of the user's package: added
 * as a new worksheet part and removed again exactly (worksheet-part), so
 * that apply then clear leaves every part as it was. Its code name
 * (LEGEND_CODE in sheetPr) is what marks it as ours, so a sheet of the
 * user's that happens to be called "Chú giải" is never touched.
 *
 * The sheet is written with the cells' values and formulas (with their
 * cached results) and column widths only; cell styles would mean editing the
 * user's styles.xml. Its colour samples are the marks themselves, which the
 * caller adds as conditional formats like every other mark.
 */

import { a1 } from "../../engine/grid";
import { markOfFormula } from "../../engine/highlight";
import type { HighlightRange } from "../../engine/highlight-types";
import type { SheetSpec } from "../../engine/sheet-spec";
import { xmlText } from "../../engine/xml-text";
import type { Parts } from "./package-edit";
import { addWorksheetPart, colsXml, removeWorksheetPart, worksheetDocument } from "./worksheet-part";

/** The legend sheet's code name: how Clear knows the sheet is ours. */
export const LEGEND_CODE = "ntpDisburseLegend";

/** The worksheet XML of a spec: values as inline strings or numbers, formulas with their cached results. */
export function legendSheetXml(spec: SheetSpec): string {
  const rows = new Map<number, string[]>();
  const sorted = [...spec.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const c of sorted) {
    const ref = a1(c.row, c.col);
    let xml: string | null = null;
    if (c.formula !== undefined) {
      const cached = c.result === undefined ? "" : `<v>${xmlText(String(c.result))}</v>`;
      xml = `<c r="${ref}" t="str"><f>${xmlText(c.formula)}</f>${cached}</c>`;
    } else if (typeof c.value === "number") xml = `<c r="${ref}"><v>${c.value}</v></c>`;
    else if (typeof c.value === "string") {
      xml = `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(c.value)}</t></is></c>`;
    }
    if (xml !== null) (rows.get(c.row) ?? rows.set(c.row, []).get(c.row)!).push(xml);
  }
  const data = [...rows].map(([r, cells]) => `<row r="${r}">${cells.join("")}</row>`).join("");
  return worksheetDocument(
    `<sheetPr codeName="${LEGEND_CODE}"/>${colsXml(spec.columnWidths)}<sheetData>${data}</sheetData>`,
  );
}

/** Adds the legend sheet last in the workbook (any earlier legend replaced); returns the name it got. */
export function addLegendSheet(parts: Parts, spec: SheetSpec): string {
  removeLegendSheet(parts);
  return addWorksheetPart(parts, spec.name, legendSheetXml(spec));
}

/** Removes the legend sheet, its relationship and its content type: the package is as it was before it was added. */
export function removeLegendSheet(parts: Parts): boolean {
  return removeWorksheetPart(parts, (xml) => xml.includes(`<sheetPr codeName="${LEGEND_CODE}"/>`));
}

/** The legend's colour samples as marks on the sheet it was added as (its conditional formats naming a mark). */
export function legendMarks(spec: SheetSpec, sheet: string): HighlightRange[] {
  return (spec.conditionalFormats ?? []).flatMap((cf) => {
    const mark = markOfFormula(cf.formula);
    return mark ? [{ sheet, range: cf.range, mark }] : [];
  });
}
