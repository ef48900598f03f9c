import * as path from "path";
import { loadCorpus } from "../corpus/load";
import { Corpus } from "../corpus/types";
import { figurePage } from "../render/figure-html";
import { createImageExporter } from "../render/image-export";
import { PendingFile, writeOutputs } from "../render/output-dir";
import { ReportSection, buildReport } from "../render/report";
import { toCsv } from "../tables/csv";
import { AnalysisStep, StepResult } from "./step";
import { ANALYSIS_STEPS } from "./steps";

export interface AnalyzeOptions {
  corpus: string;
  out: string;
  /** Also write PNG and SVG of every chart (needs Chromium). Default true. */
  images?: boolean;
  /** Overwrite files framelens did not write. Default false. */
  force?: boolean;
  steps?: readonly AnalysisStep[];
  /** Progress and summary lines; default console.error for progress, console.log for the summary. */
  log?: (line: string) => void;
  progress?: (line: string) => void;
}

export interface AnalyzeResult {
  corpus: Corpus;
  sections: ReportSection[];
  written: string[];
  warnings: string[];
}

/** Runs every analysis step on a corpus folder and writes tables, charts and report.html to `out`. */
export async function analyze(options: AnalyzeOptions): Promise<AnalyzeResult> {
  const { images = true, force = false, steps = ANALYSIS_STEPS, log = (l: string) => console.log(l), progress = (l: string) => console.error(l) } = options;
  const started = Date.now();
  let lastShown = 0;
  const corpus = loadCorpus(options.corpus, {
    onProgress: (done, total) => {
      if (total >= 50 && (done === total || Date.now() - lastShown > 1000)) {
        lastShown = Date.now();
        progress(`parsed ${done}/${total} articles`);
      }
    },
  });
  const sections: ReportSection[] = [];
  const results = new Map<string, StepResult>();
  for (const step of steps) {
    const t0 = Date.now();
    const result = step.run(corpus, results);
    results.set(step.id, result);
    sections.push({ step, result });
    if (corpus.articles.length >= 50) progress(`${step.id}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  const files: PendingFile[] = [];
  const warnings = corpus.warnings.map((w) => `${w.file}: ${w.message}`);
  for (const { result } of sections) {
    for (const t of result.tables) files.push({ path: `${t.name}.csv`, content: toCsv(t.columns, t.rows) });
    for (const f of result.figures) files.push({ path: `charts/${f.name}.html`, content: figurePage(f.figure, f.title) });
  }
  if (images) {
    const figures = sections.flatMap((s) => s.result.figures);
    try {
      const exporter = await createImageExporter();
      try {
        for (const f of figures) {
          files.push({ path: `charts/${f.name}.png`, content: await exporter.render(f.figure, "png") });
          files.push({ path: `charts/${f.name}.svg`, content: await exporter.render(f.figure, "svg") });
        }
      } finally {
        await exporter.close();
      }
    } catch (e) {
      warnings.push(`PNG/SVG export skipped: ${(e as Error).message}`);
    }
  }
  files.push({ path: "report.html", content: buildReport(corpus, sections) });
  const written = writeOutputs(options.out, files, { force });

  for (const { step, result } of sections) for (const line of result.summary) log(`${step.id}: ${line}`);
  for (const w of warnings) log(`warning: ${w}`);
  log(`wrote ${written.length} files to ${path.resolve(options.out)} (report: ${path.join(options.out, "report.html")}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { corpus, sections, written, warnings };
}
