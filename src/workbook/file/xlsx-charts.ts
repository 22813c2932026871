/**
 * Charts for .xlsx files written by ExcelJS, which cannot write them: the
 * SheetSpecs' ChartSpecs become DrawingML chart parts added to the file's
 * bytes (a drawing per sheet, a chart part per chart, their relationships
 * and content types). Each chart carries a cache of its values taken from
 * the spec's cells, so viewers that do not recalculate still draw it.
 */

import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { columnLetter, parseA1, parseRange } from "../../engine/grid";
import type { CellSpec, ChartSpec, SheetSpec } from "../../engine/sheet-spec";
import { addContentType, addRelationship } from "./opc-package";
import { type WriteOptions, writeSheetSpecs } from "./write-xlsx";
import { xmlText, xmlUnescape } from "../../engine/xml-text";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Two series colours that print apart in grey too. */
const COLOURS = ["1F4E79", "F4B183", "70AD47", "FFC000"];

/** 'Sheet name'!$A$5:$A$9 */
function absRef(sheet: string, range: string): string {
  const r = parseRange(range);
  if (!r) throw new Error(`chart range ${range} is not an A1 range`);
  const col = columnLetter;
  return `'${sheet.replace(/'/g, "''")}'!$${col(r.left)}$${r.top}:$${col(r.right)}$${r.bottom}`;
}

function cellsOf(spec: SheetSpec, range: string): (string | number | null)[] {
  const r = parseRange(range)!;
  const at = new Map<string, CellSpec>();
  for (const c of spec.cells) at.set(`${c.row}:${c.col}`, c);
  const out: (string | number | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) {
      const c = at.get(`${row}:${col}`);
      const v = c?.value ?? c?.result ?? null;
      out.push(typeof v === "boolean" ? String(v) : v);
    }
  }
  return out;
}

function strCache(values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v === null ? "" : String(v))}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (string | number | null)[], format: string): string {
  const pts = values.map((v, i) => (typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function richText(text: string, size: number, bold: boolean): string {
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich>`;
}

/** The chart part of one ChartSpec. */
function chartXml(chart: ChartSpec, sheetName: string, spec: SheetSpec): string {
  const format = chart.valueFormat ?? "General";
  const categories = cellsOf(spec, chart.categories);
  const series = chart.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const fill =
        chart.kind === "line"
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>${fill}` +
        `<c:cat><c:strRef><c:f>${xmlText(absRef(sheetName, chart.categories))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xmlText(absRef(sheetName, s.values))}</c:f>${numCache(cellsOf(spec, s.values), format)}</c:numRef></c:val>` +
        (chart.kind === "line" ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
      );
    })
    .join("");
  const axes = `<c:axId val="500000001"/><c:axId val="500000002"/>`;
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `<c:dLbls><c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:gapWidth val="60"/>${axes}</c:barChart>`;
  // A horizontal bar chart lists categories top to bottom, as the table beside it does.
  const catOrientation = chart.kind === "bar" ? "maxMin" : "minMax";
  const catPos = chart.kind === "bar" ? "l" : "b";
  const valPos = chart.kind === "bar" ? "b" : "l";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx>${richText(chart.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/>` +
    `<c:majorGridlines/><c:numFmt formatCode="${xmlText(format)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="800"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `<c:crossAx val="500000001"/><c:crosses val="${chart.kind === "bar" ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function anchorXml(chart: ChartSpec, rId: string, id: number): string {
  const from = parseA1(chart.from);
  const to = parseA1(chart.to);
  if (!from || !to) throw new Error(`chart position ${chart.from}:${chart.to} is not A1`);
  // The chart covers the `to` cell: its bottom-right corner is that cell's far corner.
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${from.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Worksheet part paths in workbook order. */
function sheetParts(files: Record<string, Uint8Array>): string[] {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  return [...workbook.matchAll(/<sheet\b[^>]*\br:id="([^"]+)"/g)].map((m) => targets.get(m[1])!);
}

/** Elements that come after <drawing> in a worksheet, in schema order. */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/** The .xlsx with the specs' charts added. `specs` are the file's sheets, in order. */
function addCharts(xlsx: Uint8Array, specs: readonly SheetSpec[]): Uint8Array {
  if (!specs.some((s) => (s.charts ?? []).length > 0)) return xlsx;
  const files = unzipSync(xlsx);
  const parts = sheetParts(files);
  const names = [...strFromU8(files["xl/workbook.xml"]).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    xmlUnescape(m[1]),
  );
  let chartNo = 0;
  specs.forEach((spec, i) => {
    const charts = spec.charts ?? [];
    if (charts.length === 0) return;
    const part = parts[i];
    const sheetXml = strFromU8(files[part]);
    if (sheetXml.includes("<drawing ")) throw new Error(`sheet ${names[i]} already has a drawing`);
    const drawing = `xl/drawings/drawing${i + 1}.xml`;
    const drawingRels = `xl/drawings/_rels/drawing${i + 1}.xml.rels`;
    const anchors = charts.map((chart, k) => {
      chartNo++;
      files[`xl/charts/chart${chartNo}.xml`] = strToU8(chartXml(chart, names[i], spec));
      addContentType(files, `xl/charts/chart${chartNo}.xml`, CT_CHART);
      const rId = addRelationship(files, drawingRels, REL_CHART, `../charts/chart${chartNo}.xml`);
      return anchorXml(chart, rId, k + 1);
    });
    files[drawing] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`,
    );
    addContentType(files, drawing, CT_DRAWING);
    const dir = part.slice(0, part.lastIndexOf("/"));
    const base = part.slice(part.lastIndexOf("/") + 1);
    const rId = addRelationship(files, `${dir}/_rels/${base}.rels`, REL_DRAWING, `../drawings/drawing${i + 1}.xml`);
    const tag = `<drawing xmlns:r="${NS_REL}" r:id="${rId}"/>`;
    const after = AFTER_DRAWING.exec(sheetXml);
    files[part] = strToU8(
      after
        ? sheetXml.slice(0, after.index) + tag + sheetXml.slice(after.index)
        : sheetXml.replace("</worksheet>", `${tag}</worksheet>`),
    );
  });
  return zipSync(files, { level: 6 });
}

/** The .xlsx bytes of these sheets, charts included. */
export async function writeSheetSpecsWithCharts(specs: SheetSpec[], options?: WriteOptions): Promise<Uint8Array> {
  return addCharts(await writeSheetSpecs(specs, options), specs);
}
