import { escapeHtml } from "../render/escape";
import { STORY_PREFIX } from "./story-figures";
import { Evidence, Finding, OutletComparison, OutletFigure } from "./types";

/** Up to this many outlets the overview table has one column per outlet (metrics down the side); more, one row per outlet. */
export const COLUMNS_PER_OUTLET_UP_TO = 8;

/** CSS for the overview, the findings and the evidence lists (the report adds it to its own). */
export const COMPARISON_CSS =
  ".overview-table table{border-collapse:collapse;font-size:13px}.overview-table th,.overview-table td{border-bottom:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}" +
  ".overview-table th{background:#f4f4f4}.overview-table th.metric{background:#fafafa;font-weight:normal;max-width:14rem}.overview-table td{max-width:18rem}" +
  ".overview-table{overflow-x:auto;margin:.5rem 0 1rem}.overview-table a{color:#0b4f7c;text-decoration:none}.overview-table a:hover{text-decoration:underline}" +
  "a.ev{font-size:12px;margin-left:.3em;color:#888}.overview-table .n{display:block;color:#777;font-size:11px}" +
  ".findings li{margin:.35rem 0}.findings summary{cursor:pointer}ul.evidence{font-size:13px;color:#333;margin:.3rem 0 .6rem}ul.evidence li{margin:.2rem 0}" +
  "details.evidence-list>summary{cursor:pointer;color:#0b4f7c;margin:.3rem 0}details.evidence{margin:.2rem 0 .2rem 1rem;font-size:13px}details.evidence summary{cursor:pointer}details.evidence:target,details.evidence.target{background:#fff8e0}";

/**
 * Opens a `<details>` the page navigates to (an overview cell's ¶ link), and the ones around it, in
 * browsers that do not do so themselves.
 */
export const COMPARISON_SCRIPT =
  "(function(){function open(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var el=document.getElementById(id);" +
  "for(var e=el;e;e=e.parentElement){if(e.tagName==='DETAILS')e.open=true;}if(el&&el.tagName==='DETAILS'){el.classList.add('target');el.scrollIntoView();}}" +
  "window.addEventListener('hashchange',open);if(document.readyState!=='loading')open();else document.addEventListener('DOMContentLoaded',open);})();";

/** Element id of the evidence of one overview cell: "ev-<metric index>-<outlet index>". */
export function evidenceId(c: Pick<OutletComparison, "figures" | "outlets">, f: Pick<OutletFigure, "metric" | "outlet">): string {
  return `ev-${metricOrder(c).indexOf(f.metric)}-${c.outlets.indexOf(f.outlet)}`;
}

function metricOrder(c: Pick<OutletComparison, "figures">): string[] {
  return Array.from(new Set(c.figures.map((f) => f.metric)));
}

/** Metrics in the table's order: each within-story metric ("story:M") right after its pooled M. */
function tableOrder(c: Pick<OutletComparison, "figures">): string[] {
  const all = metricOrder(c);
  const has = new Set(all);
  const out: string[] = [];
  for (const m of all) {
    if (m.startsWith(STORY_PREFIX) && has.has(m.slice(STORY_PREFIX.length))) continue;
    out.push(m);
    if (has.has(`${STORY_PREFIX}${m}`)) out.push(`${STORY_PREFIX}${m}`);
  }
  return out;
}

function rowLabel(c: Pick<OutletComparison, "stories">, f: OutletFigure): string {
  // Counts (articles, words, quotes) are what they are; a pooled mean or share is what can mislead.
  const note = c.stories > 1 && f.basis === "pooled" && f.scale !== "count" ? ' <span class="note">(pooled over stories)</span>' : c.stories > 1 && f.basis === "per-story" ? ' <span class="note">(within each story, added)</span>' : "";
  return `${escapeHtml(f.label)}${note}`;
}

function cellHtml(c: Pick<OutletComparison, "figures" | "outlets">, f: OutletFigure | undefined): string {
  if (!f) return "<td></td>";
  const n = f.scale === "score" || f.scale === "share" ? `<span class="n">n = ${f.n} ${escapeHtml(f.unit)}</span>` : "";
  const ev = f.evidence.length ? `<a class="ev" href="#${evidenceId(c, f)}" title="the sentences behind it">¶</a>` : "";
  return `<td><a href="#${escapeHtml(f.section)}">${escapeHtml(f.display)}</a>${ev}${n}</td>`;
}

/**
 * The overview table: each cell the figure's display text linked to its section, a ¶ link to its
 * evidence, and n for means and shares. Up to COLUMNS_PER_OUTLET_UP_TO outlets: a column per outlet and a
 * row per metric; more outlets: a row per outlet. Figures with `table: false` are left out (they are in
 * overview.csv). No figures gives a note.
 */
export function overviewTableHtml(c: OutletComparison): string {
  const cell = new Map(c.figures.map((f) => [`${f.outlet}\u0000${f.metric}`, f]));
  const metrics = tableOrder(c)
    .map((m) => c.figures.find((f) => f.metric === m)!)
    .filter((f) => f.table !== false);
  if (!metrics.length || !c.outlets.length) return '<p class="note">No headline figures to compare.</p>';
  if (c.outlets.length <= COLUMNS_PER_OUTLET_UP_TO) {
    const head = `<tr><th></th>${c.outlets.map((o) => `<th>${escapeHtml(o)}</th>`).join("")}</tr>`;
    const body = metrics.map((m) => `<tr><th class="metric">${rowLabel(c, m)}</th>${c.outlets.map((o) => cellHtml(c, cell.get(`${o}\u0000${m.metric}`))).join("")}</tr>`).join("\n");
    return `<div class="overview-table"><table><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
  }
  const head = `<tr><th>outlet</th>${metrics.map((m) => `<th>${rowLabel(c, m)}</th>`).join("")}</tr>`;
  const body = c.outlets.map((o) => `<tr><th class="metric">${escapeHtml(o)}</th>${metrics.map((m) => cellHtml(c, cell.get(`${o}\u0000${m.metric}`))).join("")}</tr>`).join("\n");
  return `<div class="overview-table"><table><thead>${head}</thead><tbody>\n${body}\n</tbody></table></div>`;
}

function evidenceList(list: readonly Evidence[], outlet?: string): string {
  return `<ul class="evidence">${list.map((e) => `<li>${e.outlet !== outlet ? `<strong>${escapeHtml(e.outlet)}</strong>: ` : ""}“${escapeHtml(e.text)}” <span class="note">(${escapeHtml(e.articleId)}${e.sentence !== undefined ? `, sentence ${e.sentence}` : ""})</span></li>`).join("")}</ul>`;
}

function findingItem(f: Finding): string {
  if (!f.evidence.length) return `<li>${escapeHtml(f.text)}</li>`;
  return `<li><details><summary>${escapeHtml(f.text)}</summary>${evidenceList(f.evidence)}</details></li>`;
}

/**
 * The findings: supported differences and notes as a numbered list, then the metrics on which the
 * articles cannot tell the outlets apart; each finding opens to the sentences behind it. No findings
 * gives a note.
 */
export function findingsHtml(c: Pick<OutletComparison, "findings">): string {
  if (!c.findings.length) return '<p class="note">No findings: the analyses gave no figures to compare.</p>';
  const said = c.findings.filter((f) => f.kind !== "no-difference");
  const none = c.findings.filter((f) => f.kind === "no-difference");
  const differences = said.filter((f) => f.kind === "difference").length;
  const lead = `<p>${differences ? `${differences} difference${differences === 1 ? "" : "s"} between outlets that the intervals support` : "No difference between two outlets that the intervals support"}; ${none.length} metric${none.length === 1 ? "" : "s"} on which the articles cannot tell the outlets apart.</p>`;
  const list = said.length ? `<ol class="findings">${said.map(findingItem).join("\n")}</ol>` : "";
  const rest = none.length ? `<p><strong>Not told apart.</strong></p><ul class="findings">${none.map(findingItem).join("\n")}</ul>` : "";
  return `${lead}${list}${rest}`;
}

export const COMPARISON_PARTS = ["table", "findings", "evidence"] as const;
export type ComparisonPart = (typeof COMPARISON_PARTS)[number];

/** One part of the comparison as HTML with its CSS, for a notebook's showHtml: the overview table, the findings or the evidence. */
export function comparisonHtml(c: OutletComparison, part: ComparisonPart): string {
  const html = part === "table" ? overviewTableHtml(c) : part === "findings" ? findingsHtml(c) : part === "evidence" ? evidenceHtml(c) : null;
  if (html === null) throw new Error(`comparisonHtml: unknown part "${String(part)}"; use one of ${COMPARISON_PARTS.join(", ")}`);
  return `<style>${COMPARISON_CSS}</style>${html}`;
}

/**
 * The sentences behind every overview cell, metric by metric in the table's order, each a closed
 * `<details>` the cell's ¶ link opens, all inside one closed `<details>` (COMPARISON_SCRIPT opens both).
 */
export function evidenceHtml(c: OutletComparison): string {
  const metrics = tableOrder(c);
  const rank = (f: OutletFigure) => metrics.indexOf(f.metric) * (c.outlets.length + 1) + c.outlets.indexOf(f.outlet);
  const items = c.figures
    .filter((f) => f.evidence.length && f.table !== false)
    .sort((a, b) => rank(a) - rank(b))
    .map((f) => `<details class="evidence" id="${evidenceId(c, f)}"><summary>${escapeHtml(f.outlet)} · ${escapeHtml(f.label)}: ${escapeHtml(f.display)}</summary>${evidenceList(f.evidence, f.outlet)}</details>`);
  return items.length ? `<details class="evidence-list"><summary>Show the sentences behind the ${items.length} cells</summary>${items.join("\n")}</details>` : "";
}
