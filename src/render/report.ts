import { AnalysisStep, CorpusInfo, StepResult } from "../cli/step";
import { COMPARISON_CSS, COMPARISON_SCRIPT, evidenceHtml, findingsHtml, overviewTableHtml } from "../comparison/html";
import { escapeHtml } from "./escape";
import { figureDiv } from "./figure-html";
import { plotlyPackedScriptTag } from "./plotly-bundle";
import { tableLength } from "../tables/csv";
import { TABLE_CSS, TABLE_SCRIPT, tableHtml } from "./table-html";

export interface ReportSection {
  step: Pick<AnalysisStep, "id" | "title" | "scope">;
  result: StepResult;
}

export interface ReportOptions {
  /** Rows shown per table; the CSV holds them all. Default 40. */
  maxRows?: number;
  /** Time stamp printed in the header; default now. */
  generated?: Date;
  /** Warnings listed at the top; the rest are counted (every one is in corpus.csv). Default 100. */
  maxWarnings?: number;
}

const CSS =
  'body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;margin:0 auto;max-width:70rem;padding:1rem 2rem 4rem;line-height:1.45}' +
  "h1{font-size:1.6rem}h2{border-top:2px solid #0072B2;padding-top:.8rem;margin-top:2.5rem}h3{font-size:1.05rem;margin-bottom:.2rem}" +
  "nav.toc{position:sticky;top:0;z-index:10;background:rgba(255,255,255,.97);border-bottom:1px solid #ccc;margin:0 -2rem;padding:.45rem 2rem}" +
  "nav.toc ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.15rem 1.1rem;font-size:14px}nav.toc a{color:#0b4f7c;text-decoration:none}nav.toc a:hover{text-decoration:underline}" +
  "section,details.evidence{scroll-margin-top:4rem}@media (max-width:700px){body{padding:1rem}nav.toc{margin:0 -1rem;padding:.4rem 1rem}}" +
  "figure{margin:1rem 0 2rem}figcaption{color:#444;font-size:14px;max-width:50rem}.warn{background:#fff4e0;padding:.5rem 1rem;border-left:4px solid #E69F00}" +
  COMPARISON_CSS +
  TABLE_CSS;

/**
 * One self-contained offline HTML page: plotly inlined once, packed (plotlyPackedScriptTag), a table of contents that stays in view at
 * the top, the outlet comparison first when a section carries one (StepResult.comparison: the overview
 * table, whose cells link to their sections and evidence, the small multiples, the findings, each opening
 * to its sentences), then a section per analysis step with its introduction, charts, and tables (first
 * rows; the CSV files hold all), plus the loader's warnings. Sections whose result says
 * `reportSection: false` are left out. All article text is escaped. Empty `sections` gives a page with
 * the header and warnings only.
 */
export function buildReport(corpus: Pick<CorpusInfo, "title" | "articles" | "outlets" | "warnings"> & Partial<Pick<CorpusInfo, "stories">>, allSections: readonly ReportSection[], options: ReportOptions = {}): string {
  const { maxRows = 40, generated = new Date(), maxWarnings = 100 } = options;
  // The comparison of the outlets opens the page, whatever its place among the steps (it runs last).
  const shown = allSections.filter((s) => s.result.reportSection !== false);
  const sections = [...shown.filter((s) => s.result.comparison), ...shown.filter((s) => !s.result.comparison)];
  const { outlets } = corpus;
  const nav = sections.map((s) => `<li><a href="#${escapeHtml(s.step.id)}">${escapeHtml(s.step.title)}</a></li>`).join("");
  const warnings = corpus.warnings.length
    ? `<div class="warn"><strong>${corpus.warnings.length} warning(s) while loading:</strong><ul>${corpus.warnings.slice(0, maxWarnings).map((w) => `<li><code>${escapeHtml(w.file)}</code>: ${escapeHtml(w.message)}</li>`).join("")}${corpus.warnings.length > maxWarnings ? `<li>... and ${corpus.warnings.length - maxWarnings} more: see the <code>warning</code> column of corpus.csv</li>` : ""}</ul></div>`
    : "";
  const body = sections
    .map((s) => {
      if (s.result.comparison) return comparisonSection(s);
      const figures = s.result.figures
        .map((f) => `<figure>${figureDiv(f.figure, { filename: f.name, id: `chart-${f.name}` })}<figcaption>${escapeHtml(f.caption)} <span class="note">(outputs/charts/${escapeHtml(f.name)}.html, .png, .svg)</span></figcaption></figure>`)
        .join("\n");
      const tables = s.result.tables.map((t) => `<h3>${escapeHtml(t.title)} <span class="note">(${escapeHtml(t.name)}.csv, ${tableLength(t)} rows)</span></h3>${tableHtml(t, { maxRows })}`).join("\n");
      // With several stories, a pooled section says so and points to the comparison within stories.
      const pooled = (s.step.scope ?? "pooled") === "pooled" && (corpus.stories ?? 1) > 1 && sections.some((x) => x.step.id === "stories")
        ? `<p class="note">Pooled: these numbers put together all of an outlet's articles over the corpus's ${corpus.stories} stories, so they mix how an outlet tells a story with which stories it covered. <a href="#stories">Across stories</a> compares the outlets within each story.</p>`
        : "";
      return `<section id="${escapeHtml(s.step.id)}"><h2>${escapeHtml(s.step.title)}</h2>${pooled}${s.result.intro}\n${figures}\n${tables}</section>`;
    })
    .join("\n");
  const title = corpus.title ?? "framelens report";
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} - framelens</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style><script>${TABLE_SCRIPT}</script>${plotlyPackedScriptTag()}</head><body>\n` +
    `<h1>${escapeHtml(title)}</h1><p class="note">framelens report: ${corpus.articles} articles from ${outlets.length} outlets (${escapeHtml(outlets.join(", "))}); generated ${escapeHtml(generated.toISOString().slice(0, 16).replace("T", " "))} UTC. Works offline; every chart is interactive (hover for values).</p>` +
    `${warnings}<nav class="toc" aria-label="Contents"><ol>${nav}</ol></nav>\n${body}\n${sections.some((s) => s.result.comparison) ? `<script>${COMPARISON_SCRIPT}</script>\n` : ""}</body></html>\n`
  );
}

/** The outlet comparison's section: overview table, small multiples, findings, and the evidence behind each cell. */
function comparisonSection(s: ReportSection): string {
  const c = s.result.comparison!;
  const figures = s.result.figures
    .map((f) => `<figure>${figureDiv(f.figure, { filename: f.name, id: `chart-${f.name}` })}<figcaption>${escapeHtml(f.caption)} <span class="note">(outputs/charts/${escapeHtml(f.name)}.html, .png, .svg)</span></figcaption></figure>`)
    .join("\n");
  const files = s.result.tables.map((t) => `<code>${escapeHtml(t.name)}.csv</code>`).join(" and ");
  return (
    `<section id="${escapeHtml(s.step.id)}"><h2>${escapeHtml(s.step.title)}</h2>${s.result.intro}\n${overviewTableHtml(c)}${files ? `<p class="note">All figures, with their intervals and n, are in ${files}.</p>` : ""}\n${figures}\n` +
    `<h3 id="findings">Findings</h3>${findingsHtml(c)}\n<h3>The sentences behind the overview</h3><p class="note">Each overview cell's ¶ opens its entry here.</p>${evidenceHtml(c)}</section>`
  );
}
