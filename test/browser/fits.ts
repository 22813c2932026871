/**
 * Whether what the pane shows fits its width: no element reaches past the
 * viewport's right or left edge, the page does not scroll sideways, and no
 * text is cut off by a box that hides its overflow. Form fields are left out
 * of the clipping check (their text scrolls inside them by design), as are
 * elements not rendered.
 */

import { strict as assert } from "node:assert";
import type { Page } from "playwright-core";

/** Runs in the page. A string, not a function: tsx would add helpers the page lacks. */
const PROBLEMS = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const name = (el) => {
    const label = el.getAttribute("aria-label") || (el.textContent || "").trim().slice(0, 40);
    return el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "") + " «" + label + "»";
  };
  if (document.documentElement.scrollWidth > width + 1)
    out.push("page scrolls sideways: " + document.documentElement.scrollWidth + " > " + width);
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (el.closest("[hidden], [aria-hidden=true]")) continue;
    if (r.right > width + 1 || r.left < -1) out.push("beyond the viewport (" + Math.round(r.left) + "–" + Math.round(r.right) + " of " + width + "): " + name(el));
    const hides = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflow);
    const field = /^(INPUT|SELECT|TEXTAREA|OPTION)$/.test(el.tagName);
    const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== "");
    if (hides && !field && hasText && el.scrollWidth > el.clientWidth + 1)
      out.push("text clipped (" + el.scrollWidth + " > " + el.clientWidth + "): " + name(el));
  }
  return out;
})()`;

/** Fails, naming each offender, when something on the page does not fit the pane's width. */
export async function assertFits(page: Page, where: string): Promise<void> {
  const problems = (await page.evaluate(PROBLEMS)) as string[];
  assert.deepEqual(problems, [], `${where}: ${problems.length} element(s) do not fit the pane`);
}
