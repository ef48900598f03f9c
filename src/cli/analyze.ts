import { DEFAULT_REGISTRY_FILE } from "../actors/registry";
import { CompareUnit } from "../corpus/compare-groups";
import * as path from "path";
import { FieldMap } from "../corpus/import-fields";
import { streamRecords } from "../pipeline/load-records";
import { MapProgress, defaultJobs } from "../pipeline/pool";
import { SHARED_PLOTLY_FILE, figurePage } from "../render/figure-html";
import { plotlyBundle } from "../render/plotly-bundle";
import { createImageExporter } from "../render/image-export";
import { checkOutputDir } from "../render/output-check";
import { PendingFile, writeOutputs } from "../render/output-dir";
import { ReportSection, buildReport } from "../render/report";
import { tableCsvBytes } from "../tables/csv";
import { AnalysisStep, CorpusInfo, StepResult, foldShared } from "./step";
import { ANALYSIS_STEPS } from "./steps";
import { collectIfGrown } from "../pipeline/heap";

/** A signal (SIGINT, SIGTERM) arrived while `analyze` wrote its output; the write was finished first. */
export class InterruptedError extends Error {
  constructor(
    readonly signal: "SIGINT" | "SIGTERM",
    readonly out: string,
  ) {
    super(`interrupted (${signal}) while writing; ${out} holds the complete new output`);
  }

  /** 128 + the signal's number, as shells report a process the signal ended: 130 or 143. */
  get exitCode(): number {
    return this.signal === "SIGINT" ? 130 : 143;
  }
}

/**
 * Runs the synchronous `write` with SIGINT and SIGTERM held off, so that it finishes; then lets a signal
 * that came meanwhile arrive (one turn of the event loop) and throws InterruptedError for it.
 */
async function finishBeforeSignals<T>(out: string, write: () => T): Promise<T> {
  let caught: "SIGINT" | "SIGTERM" | undefined;
  const onInt = () => void (caught ??= "SIGINT");
  const onTerm = () => void (caught ??= "SIGTERM");
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  try {
    const result = write();
    await new Promise((resolve) => setImmediate(resolve));
    if (caught) throw new InterruptedError(caught, out);
    return result;
  } finally {
    process.off("SIGINT", onInt);
    process.off("SIGTERM", onTerm);
  }
}

/** Table and chart names are fixed per step: a run of every step writes again each recorded CSV and chart page. */
function rewritesAll(steps: readonly AnalysisStep[], sharedPlotly: boolean): (recorded: string) => boolean {
  const all = steps.length === ANALYSIS_STEPS.length && steps.every((s, i) => s.id === ANALYSIS_STEPS[i].id);
  return (p) => all && (/^[^/]+\.csv$/.test(p) || /^charts\/[^/]+\.html$/.test(p) || (sharedPlotly && p === `charts/${SHARED_PLOTLY_FILE}`));
}

/** "parsed 120/2000 articles (6%), 0.84 MB/s on 2 threads, about 1 min 40 s left". */
export function progressLine(p: MapProgress, jobs: number): string {
  const rate = p.doneSize / 1e6 / Math.max(p.elapsedS, 1e-3);
  const left = p.done === p.total ? "done" : Number.isFinite(p.etaS) ? `about ${duration(p.etaS)} left` : "";
  return `parsed ${p.done}/${p.total} articles (${Math.floor((100 * p.done) / p.total)}%), ${rate.toFixed(2)} MB/s on ${jobs} thread${jobs === 1 ? "" : "s"}${left ? `, ${left}` : ""}`;
}

function duration(s: number): string {
  if (s < 60) return `${Math.max(1, Math.round(s))} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Most lines the terminal summary prints (steps and warnings), whatever the corpus size. */
export const SUMMARY_MAX_LINES = 38;

/**
 * The terminal summary: each step's lines (each at most 300 characters; when they would not all fit, at
 * most 5 per step and a line counting the rest), then the warnings, cut so the whole stays within SUMMARY_MAX_LINES lines (six steps
 * take at most 36); what is cut is counted and pointed to (report.html, corpus.csv).
 */
export function summaryLines(sections: readonly ReportSection[], warnings: readonly string[]): string[] {
  const out: string[] = [];
  const all = sections.reduce((n, s) => n + s.result.summary.length, 0);
  const fits = all + Math.min(2, warnings.length) <= SUMMARY_MAX_LINES;
  for (const { step, result } of sections) {
    const lines = fits || result.summary.length <= 6 ? result.summary : result.summary.slice(0, 5);
    for (const line of lines) out.push(`${step.id}: ${line.length > 300 ? `${line.slice(0, 297)}...` : line}`);
    if (result.summary.length > lines.length) out.push(`${step.id}: ... ${result.summary.length - lines.length} more summary line(s) left out; ${step.id}'s section of report.html and its CSV files hold everything`);
  }
  const room = Math.max(2, SUMMARY_MAX_LINES - out.length);
  const shown = warnings.length <= room ? warnings : warnings.slice(0, room - 1);
  for (const w of shown) out.push(`warning: ${w}`);
  if (shown.length < warnings.length) out.push(`warning: ... and ${warnings.length - shown.length} more warning(s): every one is listed in report.html, and per article in corpus.csv (column warning)`);
  return out;
}

export interface AnalyzeOptions {
  corpus: string;
  out: string;
  /** Also write PNG and SVG of every chart (needs Chromium). Default true. */
  images?: boolean;
  /** Overwrite files framelens did not write. Default false. */
  force?: boolean;
  /**
   * Write CSV text cells exactly as found, even those a spreadsheet would run as formulas (see toCsv).
   * Default false: such cells start with `'`.
   */
  rawCsv?: boolean;
  /** Article files larger than this are skipped with a warning; default MAX_ARTICLE_BYTES (2 MiB). */
  maxArticleBytes?: number;
  /** Worker threads for the per-article work; default the number of cores. The output is the same for any value. */
  jobs?: number;
  /** For a JSONL or CSV corpus: which column gives each field, e.g. `{ text: "body" }` (see openCorpus). */
  map?: FieldMap;
  /**
   * The actor registry (actors.json) resolving speakers and sides; default the corpus folder's own
   * actors.json when it has one, else framelens' seeds/actors.json. The summary names the one used.
   */
  registryFile?: string;
  /** "groups": every analysis compares the manifest's outlet groups instead of outlets; default "outlets". */
  compare?: CompareUnit;
  /**
   * Inline plotly in every chart page (each about 1.4 MB, works when copied alone). Default false: the
   * pages share charts/plotly.min.js. The report always inlines it once.
   */
  standaloneCharts?: boolean;
  /** Time stamp printed in the report's header; default now (fix it to compare two runs' files). */
  generated?: Date;
  /**
   * Hold off SIGINT/SIGTERM while the output folder is written, then reject with InterruptedError (the
   * CLI exits 130/143). Default false: a signal ends the process at once, which is safe too (the next
   * run completes or removes a partial write).
   */
  catchSignals?: boolean;
  steps?: readonly AnalysisStep[];
  /** Progress and summary lines; default console.error for progress, console.log for the summary. */
  log?: (line: string) => void;
  progress?: (line: string) => void;
}

/**
 * The files of an analysis, in writing order, each made only when written (see PendingFile): every
 * table as CSV, every figure as a chart page (sharing charts/plotly.min.js unless `standaloneCharts`),
 * the given `images`, and report.html last.
 */
export function outputFiles(corpus: CorpusInfo, sections: readonly ReportSection[], options: { rawCsv?: boolean; standaloneCharts?: boolean; generated?: Date; images?: readonly PendingFile[] } = {}): PendingFile[] {
  const { rawCsv = false, standaloneCharts = false, generated, images = [] } = options;
  const files: PendingFile[] = [];
  for (const { result } of sections) {
    for (const t of result.tables) files.push({ path: `${t.name}.csv`, content: () => tableCsvBytes(t, { raw: rawCsv }) });
    for (const f of result.figures) files.push({ path: `charts/${f.name}.html`, content: () => figurePage(f.figure, f.title, { plotly: standaloneCharts ? "inline" : "shared" }) });
  }
  if (!standaloneCharts && files.some((f) => f.path.startsWith("charts/"))) files.push({ path: `charts/${SHARED_PLOTLY_FILE}`, content: plotlyBundle });
  files.push(...images, { path: "report.html", content: () => buildReport(corpus, sections, { generated }) });
  return files;
}

export interface AnalyzeResult {
  /** The corpus as a whole (the records were folded into the steps and let go). */
  corpus: CorpusInfo;
  sections: ReportSection[];
  written: string[];
  warnings: string[];
}

/**
 * Runs every analysis step on a corpus folder and writes tables, charts and report.html to `out`. Before
 * loading the corpus it checks that `out` can take the output (see checkOutputDir) and completes or
 * removes what an interrupted run left there; the folder is then written all or nothing (writeOutputs).
 */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { images: imagesWanted = true, force = false, rawCsv = false, standaloneCharts = false, catchSignals = false, steps = ANALYSIS_STEPS, log = (l: string) => console.log(l), progress = (l: string) => console.error(l) } = options;
  const started = Date.now();
  const check = checkOutputDir(options.out, { folders: ["charts"], expected: ["report.html"], rewrites: rewritesAll(steps, !standaloneCharts), force });
  if (path.resolve(options.out) === path.resolve(options.corpus)) check.warnings.push(`--out ${options.out} is the corpus folder; framelens adds its output beside the articles (choose another --out folder to keep them apart)`);
  for (const line of check.notes) progress(line);
  for (const w of check.warnings) progress(`warning: ${w}`);
  const jobs = options.jobs ?? defaultJobs();
  let lastShown = 0;
  // Each record is folded into every step as it streams back from the map, then dropped (see AnalysisStep).
  const shared = foldShared();
  const folds = steps.map((step) => ({ step, fold: step.begin(shared), addMs: 0 }));
  const corpus = await streamRecords(
    options.corpus,
    (record) => {
      for (const f of folds) {
        const t0 = performance.now();
        f.fold.add(record);
        f.addMs += performance.now() - t0;
      }
    },
    {
      jobs,
      maxArticleBytes: options.maxArticleBytes,
      map: options.map,
      compare: options.compare,
      registryFile: options.registryFile,
      onProgress: (p) => {
        if (p.total >= 50 && (p.done === p.total || Date.now() - lastShown > 1000)) {
          lastShown = Date.now();
          progress(progressLine(p, jobs));
        }
      },
    },
  );
  const many = corpus.articles >= 50;
  const sections: ReportSection[] = [];
  const results = new Map<string, StepResult>();
  // Second passes that run in worker threads start now, for every step, and are awaited just before
  // their step finishes: the workers run while the steps before it finish here (see StepFold.prepare).
  const prepared = folds.map(({ fold }) => {
    const p = fold.prepare?.({ jobs }) ?? Promise.resolve();
    p.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    return p;
  });
  // Each fold is let go once it has finished: what it kept (coverage statements, merged counts) is not
  // needed to write the files.
  for (const [i, { step, fold, addMs }] of folds.splice(0).entries()) {
    await prepared[i];
    // What the map and the previous merges let go is collected before each merge allocates its own, when
    // it amounts to something (see collectIfGrown): it keeps the peak near what the passes hold alive. An
    // unconditional collection here cost 0.1-0.25 s each on the benchmark corpus and freed nothing after
    // the small passes.
    collectIfGrown();
    const t0 = performance.now();
    const result = fold.finish(corpus, results);
    results.set(step.id, result);
    sections.push({ step, result });
    if (many) progress(`${step.id}: ${((addMs + performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  collectIfGrown();
  // Files are made when written (see PendingFile), one at a time.
  const warnings = [...check.warnings, ...corpus.warnings.map((w) => `${w.file}: ${w.message}`)];
  const images: PendingFile[] = [];
  if (imagesWanted) {
    const figures = sections.flatMap((s) => s.result.figures);
    try {
      const exporter = await createImageExporter();
      try {
        for (const f of figures) {
          images.push({ path: `charts/${f.name}.png`, content: await exporter.render(f.figure, "png") });
          images.push({ path: `charts/${f.name}.svg`, content: await exporter.render(f.figure, "svg") });
        }
      } finally {
        await exporter.close();
      }
    } catch (e) {
      warnings.push(`PNG/SVG export skipped: ${(e as Error).message}`);
    }
  }
  // Between files the heap is collected when it has grown: each file's text is garbage once written.
  const files = outputFiles(corpus, sections, { rawCsv, standaloneCharts, generated: options.generated, images }).map((f) =>
    typeof f.content === "function" ? { ...f, content: collectingFirst(f.content) } : f,
  );
  const write = () => writeOutputs(options.out, files, { force });
  const written = catchSignals ? await finishBeforeSignals(options.out, write) : write();

  if (corpus.registryFile && path.resolve(corpus.registryFile) !== DEFAULT_REGISTRY_FILE) log(`actors: speakers and sides resolved with ${corpus.registryFile}`);
  for (const line of summaryLines(sections, warnings.slice(check.warnings.length))) log(line); // the folder's warnings were shown first
  log(`wrote ${written.length} files to ${path.resolve(options.out)} (report: ${path.join(options.out, "report.html")}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { corpus, sections, written, warnings };
}

/** `make`, after a collection if the heap has grown since the last (see collectIfGrown). */
function collectingFirst<T>(make: () => T): () => T {
  return () => {
    collectIfGrown();
    return make();
  };
}
