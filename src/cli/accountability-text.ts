/**
 * What `validate` prints, after the findings, of accountability: the
 * commitment stamp's state, results per responsible leader, and the line's
 * obstacles and recommendations by the body that must answer them.
 */

import { collectConcerns } from "../engine/concerns/collect";
import { DEFAULT_ANSWERERS, UNCLASSIFIED } from "../engine/concerns/answerers";
import { resultsByLeader } from "../engine/leaders";
import type { Profile } from "../engine/profile";
import type { ValidateReport } from "../engine/report-types";
import type { StampVerdict } from "../engine/stamp/verdict";
import { ACCOUNTABILITY_TEXT, stampStateText } from "../engine/text/accountability";
import { CONSOLIDATE_TEXT } from "../engine/text/consolidate";
import { type Lang, formatAmount, formatNumber } from "../engine/text/format";

/** The stamp's state, and its finding when the profile requires a stamp. */
export function stampLine(stamp: StampVerdict, lang: Lang): string {
  const finding = stamp.finding ? ` ✖ [${stamp.finding.rule}] ${stamp.finding.message}` : "";
  return `${ACCOUNTABILITY_TEXT[lang].stampHeading}: ${stampStateText(stamp, lang)}${finding}`;
}

export function formatAccountability(report: ValidateReport, profile: Profile, lang: Lang): string {
  const t = ACCOUNTABILITY_TEXT[lang];
  const c = CONSOLIDATE_TEXT[lang];
  const unit = report.tables[0]?.unit ?? "million-vnd";
  const money = (d: number): string => formatAmount(d, unit, lang);
  const out: string[] = [];
  if (report.stamp) out.push(stampLine(report.stamp, lang));
  const leaders = resultsByLeader([{ unit: "", report, year: profile.year }]);
  if (leaders.some((l) => l.leader !== "")) {
    out.push("", `${t.leadersHeading}:`);
    for (const l of leaders) {
      const sources = Object.entries(l.bySource)
        .map(([s, v]) => `${c.sourceName(s)} ${money(v)}`)
        .join("; ");
      const rate = l.rate === null ? "–" : `${formatNumber(l.rate * 100, lang, 1)}%`;
      out.push(
        `  ${l.leader || t.noLeader}: ${t.lineCount(l.lines)}; ${t.allocated.toLowerCase()} ${money(l.allocated)} (${sources}); ` +
          `${t.plannedToDate} ${money(l.plannedToDate)}; ${t.actualToDate.toLowerCase()} ${money(l.actualToDate)} (${rate}); ` +
          `${t.atRisk.toLowerCase()} ${l.atRisk}, ${t.lapsed.toLowerCase()} ${l.lapsed}`,
      );
    }
  }
  const answerers = profile.answerers ?? DEFAULT_ANSWERERS;
  const concerns = collectConcerns([{ unit: "", file: report.file, report }], answerers);
  if (concerns.length > 0) {
    out.push("", `${t.concernsHeading}:`);
    for (const k of concerns) {
      const to = k.answerer === UNCLASSIFIED ? t.unclassified : answerers.find((a) => a.id === k.answerer)!.name[lang];
      out.push(`  ${String(k.row).padEnd(5)} ${t.kind[k.kind]} → ${to}: ${k.text} (${k.label})`);
    }
  }
  return out.length > 0 ? `\n${out.join("\n")}\n` : "";
}
