// `npm run bench [-- --articles N] [--seed S] [--keep DIR] [--big] [--dev-data DIR] [--no-analyze] [--rounds N]`
// How framelens scales, on a corpus of distinct articles generated from real sentences of the development
// data (../shared/dev-data/, read at run time; the corpus goes to a temporary folder that is deleted,
// unless --keep DIR). Times, in one process on one core: bare wink-nlp parsing of the same texts (the
// reference), the map (read+clean+parse, then each analysis' per-article part), each step's fold of the
// records (`fold`) and its merge and second passes (`finish`), and writing CSV/HTML; then `analyze` end to
// end in a fresh process, --jobs 1 and --jobs 2, alternating, --rounds times each (default 2; the fastest
// of each counts), and in each round `analyze --jobs 1` on the even and the odd articles at once: the
// ceiling of any split of the work over two cores on this machine. Prints per stage wall and CPU seconds,
// MB/s, share of the total and the ratio to bare wink, and peak RSS. `--big`: one article of 1 MB
// instead. Figures, not pass/fail.
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as v8 from "v8";
import * as vm from "vm";
import { outputFiles } from "../src/cli/analyze";
import { StepResult, foldShared } from "../src/cli/step";
import { ANALYSIS_STEPS } from "../src/cli/steps";
import { storyOf } from "../src/corpus/manifest";
import { openCorpus, parseEntry } from "../src/corpus/load";
import { CorpusWarning } from "../src/corpus/types";
import { articleRecord } from "../src/pipeline/map-article";
import { CorpusInfo } from "../src/pipeline/record";
import { writeOutputs } from "../src/render/output-dir";
import { ReportSection } from "../src/render/report";
import { GeneratedCorpus, generateCorpus, readDevTexts, repeatSeeds } from "./bench-corpus";
import { alternateHalves, ceilingLine, fastestRun, growthLine } from "./bench-runs";
import { ThreadSampler, ThreadSplit } from "./thread-cpu";

const REPO = path.resolve(__dirname, "..");
const OPTIONS = ["articles", "seed", "keep", "dev-data", "big", "no-analyze", "rounds", "help"] as const;
const SWITCHES = new Set(["big", "no-analyze", "help"]);

function parseArgs(argv: readonly string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, "");
    if (!argv[i].startsWith("--") || !(OPTIONS as readonly string[]).includes(name)) {
      throw new Error(`bench: unknown argument "${argv[i]}"; expected one of ${OPTIONS.map((o) => `--${o}`).join(", ")}`);
    }
    if (SWITCHES.has(name)) out.set(name, true);
    else if (i + 1 < argv.length) out.set(name, argv[++i]);
    else throw new Error(`bench: --${name} needs a value`);
  }
  return out;
}

function positiveInt(args: Map<string, string | true>, name: string, fallback: number): number {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: --${name} must be a positive integer, got "${v}"`);
  return n;
}

/** Peak RSS since the last reset: the kernel's high-water mark (VmHWM), else the largest sample seen. */
class PeakRss {
  private sampled = 0;
  reset(): void {
    this.sampled = process.memoryUsage().rss;
    try {
      fs.writeFileSync("/proc/self/clear_refs", "5");
    } catch {
      // not Linux, or not allowed: sampling alone
    }
  }
  sample(): void {
    this.sampled = Math.max(this.sampled, process.memoryUsage().rss);
  }
  mib(): number {
    this.sample();
    let hwm = 0;
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
      if (m) hwm = Number(m[1]) * 1024;
    } catch {
      // no /proc
    }
    return Math.max(hwm, this.sampled) / 2 ** 20;
  }
}

const gc: () => void = (() => {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc");
})();

/** Wall-clock and CPU seconds (this process, all threads) of `fn`. CPU time shrugs off other load on the machine. */
function seconds<T>(fn: () => T): [T, number, number] {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return [value, Number(process.hrtime.bigint() - t0) / 1e9, (c.user + c.system) / 1e6];
}

/**
 * Bare wink-nlp on the same texts: readDoc, sentences, lemmas. The model is loaded before timing. `pipe`:
 * wink's annotation pipeline; default wink's own default (what a user writing it bare would get), or
 * ["sbd", "pos"], the two framelens runs.
 */
function bareWink(texts: readonly string[], pipe?: string[]): [number, number] {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const nlp = require("wink-nlp")(require("wink-eng-lite-web-model"), pipe);
  const its = nlp.its;
  nlp.readDoc("Warm up.").tokens().out(its.lemma);
  const [, s, cpu] = seconds(() => {
    for (const t of texts) {
      const doc = nlp.readDoc(t);
      doc.sentences().out();
      doc.tokens().out(its.lemma);
    }
  });
  return [s, cpu];
}

/**
 * `analyze` (images off) in a fresh process, as the CLI runs it: the compiled dist/ (which `npm run bench`
 * builds first, so workers load JavaScript, not TypeScript through tsx) with the command's V8 flags
 * (applyCliV8Flags); its own model load, cold caches, and a peak RSS of its own (this process's heap
 * would hide it). Times the analyze call, not module loading.
 */
function analyzeInChild(options: Record<string, unknown>): Promise<{ seconds: number; cpu: number; peakMiB: number; gc: { collections: number; ms: number }; threads: ThreadSplit | null }> {
  const code = `
    require(${JSON.stringify(path.join(REPO, "dist/cli/v8-flags"))}).applyCliV8Flags();
    const fs = require("fs");
    const { analyze } = require(${JSON.stringify(path.join(REPO, "dist/cli/analyze"))});
    const t0 = process.hrtime.bigint();
    const c0 = process.cpuUsage();
    analyze({ images: false, force: true, log: () => {}, progress: () => {}, ...${JSON.stringify(options)} }).then(() => {
      const c = process.cpuUsage(c0);
      let peak = process.memoryUsage().rss / 2 ** 20;
      try { peak = Math.max(peak, Number(/VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]) / 1024); } catch {}
      const gc = require(${JSON.stringify(path.join(REPO, "dist/pipeline/heap"))}).collectionStats();
      process.stdout.write(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (c.user + c.system) / 1e6, peakMiB: peak, gc }));
    }, (e) => { console.error(e && e.stack || e); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    let sampler: ThreadSampler | null = null;
    const child = execFile(process.execPath, ["-e", code], { cwd: REPO, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
      const threads = sampler?.stop() ?? null;
      if (err) reject(new Error(`bench: analyze in a child process failed: ${stderr || err.message}`));
      else resolve({ ...JSON.parse(stdout), threads });
    });
    // CPU by thread (Linux): the last readings before the child exits, so module loading is included.
    if (child.pid !== undefined) sampler = new ThreadSampler(child.pid).start();
  });
}

/**
 * "  CPU by thread, --jobs 2: main 9.9 s, 3 worker threads 15.9 s, V8's and Node's own threads (optimizing
 * compiler, garbage collector) 12.2 s (32%)":
 * the last are V8's optimizing compiler and garbage-collector helpers, which every isolate (the main
 * thread and each worker) keeps busy.
 */
function threadLine(label: string, t: ThreadSplit): string {
  const total = t.main + t.workers + t.helpers;
  const share = total > 0 ? ` (${((100 * t.helpers) / total).toFixed(0)}%)` : "";
  return `  CPU by thread, ${label.replace(/^analyze /, "")}: main ${t.main.toFixed(1)} s, ${t.workerThreads} worker thread${t.workerThreads === 1 ? "" : "s"} ${t.workers.toFixed(1)} s, V8's and Node's own threads (optimizing compiler, garbage collector) ${t.helpers.toFixed(1)} s${share}`;
}

type Row = { stage: string; seconds: number; cpu: number; staged: boolean };

/** The summary: bare wink first, the staged stages with their total, then the end-to-end runs. */
function table(rows: readonly Row[], bytes: number, wink: Row): string {
  const staged = rows.filter((r) => r.staged);
  const total = staged.reduce((s, r) => s + r.seconds, 0);
  const cells = (r: Row, share: string) => [r.stage, r.seconds.toFixed(2), r.cpu.toFixed(2), (bytes / 1e6 / r.seconds).toFixed(2), share, (r.seconds / wink.seconds).toFixed(1)];
  const pct = (s: number) => `${((100 * s) / total).toFixed(1)}%`;
  const body = [
    cells(wink, ""),
    ...staged.map((r) => cells(r, pct(r.seconds))),
    cells({ stage: "total (staged)", seconds: total, cpu: staged.reduce((s, r) => s + r.cpu, 0), staged: true }, "100%"),
    ...rows.filter((r) => !r.staged).map((r) => cells(r, "")),
  ];
  const head = ["stage", "seconds", "CPU s", "MB/s", "share", "x bare wink"];
  return [head, head.map(() => "---"), ...body].map((c) => `| ${c.join(" | ")} |`).join("\n");
}

function makeCorpus(args: Map<string, string | true>, dir: string, n: number, seed: number): GeneratedCorpus {
  const devDir = path.resolve(REPO, (args.get("dev-data") as string | undefined) ?? "../shared/dev-data");
  const sources = fs.existsSync(devDir) ? readDevTexts(devDir) : null;
  if (!sources) {
    console.log(`${devDir} is absent (or holds no PolNeAR/BASIL texts): falling back to the seeds repeated, which is NOT a benchmark of distinct text`);
    return repeatSeeds(path.join(REPO, "seeds"), dir, args.has("big") ? 1 : n);
  }
  const g = generateCorpus(sources, dir, { articles: n, seed, bigBytes: args.has("big") ? 1e6 : undefined });
  console.log(`corpus: ${g.articles} generated article(s) from ${sources.length} development texts (seed ${seed}), ${(g.bytes / 1e6).toFixed(2)} MB, ${g.words} words, ${g.stories} stories, ${g.outlets} outlets`);
  console.log(`        ${g.sentences} sentences, ${g.distinctSentences} distinct (${((100 * g.distinctSentences) / g.sentences).toFixed(0)}%): real sentences recur, as wire copy does, but more often than in a real corpus`);
  return g;
}

/**
 * A corpus of some of a corpus's articles (`indices` into its manifest, with their texts as already read)
 * in `target`: the first half is the bench's second size, for memory against corpus size; alternate
 * halves measure the ceiling of a split (see ceilingLine).
 */
function subCorpus(manifest: { articles: Array<{ file: string }> }, texts: readonly string[], indices: readonly number[], target: string): { dir: string; articles: number; bytes: number } {
  const articles = indices.map((i) => manifest.articles[i]);
  fs.mkdirSync(target, { recursive: true });
  let bytes = 0;
  for (const i of indices) {
    fs.writeFileSync(path.join(target, manifest.articles[i].file), texts[i]);
    bytes += Buffer.byteLength(texts[i]);
  }
  fs.writeFileSync(path.join(target, "manifest.json"), JSON.stringify({ ...manifest, articles }, null, 1));
  return { dir: target, articles: articles.length, bytes };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("help")) {
    console.log(fs.readFileSync(__filename, "utf8").split("\n").filter((l) => l.startsWith("//")).join("\n"));
    return;
  }
  const n = positiveInt(args, "articles", 2000);
  const seed = positiveInt(args, "seed", 1);
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-bench-"));
  const cleanup = () => fs.rmSync(temp, { recursive: true, force: true });
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    const keep = args.get("keep") as string | undefined;
    const corpusDir = keep ? path.resolve(keep) : path.join(temp, "corpus");
    if (keep && fs.existsSync(corpusDir) && fs.readdirSync(corpusDir).length > 0) throw new Error(`bench: --keep ${keep} is not empty; give a new or empty folder`);
    fs.mkdirSync(corpusDir, { recursive: true });
    console.log(`node ${process.version}, ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}`);
    const g = makeCorpus(args, corpusDir, n, seed);
    if (keep) console.log(`corpus kept in ${corpusDir}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(corpusDir, "manifest.json"), "utf8"));
    const texts: string[] = manifest.articles.map((a: { file: string }) => fs.readFileSync(path.join(corpusDir, a.file), "utf8"));
    const MB = g.bytes / 1e6;
    const line = (stage: string, s: number, cpu: number, extra = "") =>
      console.log(`  ${stage.padEnd(26)} ${s.toFixed(2).padStart(8)} s (CPU ${cpu.toFixed(2).padStart(7)} s) ${(MB / s).toFixed(2).padStart(7)} MB/s${extra}`);

    const peak = new PeakRss();
    // The reference is measured again in every round of the end-to-end runs, and its fastest run counts,
    // as theirs do: one reading of it alone moved the ratios by a third on this machine.
    const winkRuns: Array<{ seconds: number; cpu: number }> = [];
    const measureWink = (label: string) => {
      const [seconds, cpu] = bareWink(texts);
      winkRuns.push({ seconds, cpu });
      line(label, seconds, cpu);
    };
    measureWink("bare wink (reference)");
    const [lightS, lightCpu] = bareWink(texts, ["sbd", "pos"]);
    line("bare wink, sbd+pos only", lightS, lightCpu, "  (the annotations framelens runs; for comparison, not the reference)");
    const rows: Row[] = [];
    gc();
    peak.reset();
    // The map, staged in this process (one core): read + clean + parse, then each analysis' per-article
    // part, timed separately; only the compact records are kept, as `analyze` does in its workers.
    const source = openCorpus(corpusDir);
    const cost = new Map<string, { seconds: number; cpu: number }>();
    const add = (stage: string, seconds: number, cpu: number) => {
      const c = cost.get(stage) ?? { seconds: 0, cpu: 0 };
      c.seconds += seconds;
      c.cpu += cpu;
      cost.set(stage, c);
    };
    let cpuMark = process.cpuUsage();
    const cpuSince = () => {
      const c = process.cpuUsage(cpuMark);
      cpuMark = process.cpuUsage();
      return (c.user + c.system) / 1e6;
    };
    // Each record is folded into every step as analyze does (timed per step as "fold <step>"), then dropped.
    const shared = foldShared();
    const folds = ANALYSIS_STEPS.map((step) => ({ step, fold: step.begin(shared) }));
    const warnings: CorpusWarning[] = [];
    const outlets = new Set<string>();
    let articles = 0;
    for (const entry of source.entries) {
      const t0 = performance.now();
      cpuSince();
      const article = parseEntry(source, entry);
      add("map: read+clean+parse", (performance.now() - t0) / 1000, cpuSince());
      const record = articleRecord(article, { time: (part, start) => add(`map: ${part} part`, (performance.now() - start) / 1000, cpuSince()) });
      for (const { step, fold } of folds) {
        const t1 = performance.now();
        fold.add(record);
        add(`fold ${step.id}`, (performance.now() - t1) / 1000, cpuSince());
      }
      warnings.push(...article.warnings);
      outlets.add(article.outlet);
      articles++;
      peak.sample();
    }
    const corpus: CorpusInfo = { dir: corpusDir, title: source.title, articles, stories: new Set(source.entries.map((e) => storyOf(e))).size, outlets: Array.from(outlets), warnings };
    for (const [stage, c] of cost) {
      line(stage, c.seconds, c.cpu, stage.endsWith("parse") ? `  (${articles} articles, ${warnings.length} warnings)` : "");
      rows.push({ stage, seconds: c.seconds, cpu: c.cpu, staged: true });
    }
    const results = new Map<string, StepResult>();
    const sections: ReportSection[] = [];
    for (const { step, fold } of folds) {
      const [result, s, cpu] = seconds(() => fold.finish(corpus, results));
      results.set(step.id, result);
      sections.push({ step, result });
      peak.sample();
      line(`finish ${step.id}`, s, cpu);
      rows.push({ stage: `finish ${step.id}`, seconds: s, cpu, staged: true });
    }
    const [written, writeS, writeCpu] = seconds(() => writeOutputs(path.join(temp, "staged-out"), outputFiles(corpus, sections), { force: true }));
    line("write CSV+HTML+report", writeS, writeCpu, `  (${written.length} files)`);
    rows.push({ stage: "write CSV+HTML+report", seconds: writeS, cpu: writeCpu, staged: true });
    const stagedPeak = peak.mib();
    console.log(`  peak RSS (staged run): ${stagedPeak.toFixed(0)} MiB`);
    folds.length = 0;
    results.clear();
    sections.length = 0;
    gc();

    const peaks: string[] = [`staged run ${stagedPeak.toFixed(0)} MiB`];
    const threadLines: string[] = [];
    const rounds = positiveInt(args, "rounds", 2);
    if (args.has("no-analyze")) console.log("  analyze end to end: skipped (--no-analyze)");
    else {
      // `rounds` runs of each, alternating (--jobs 1, --jobs 2, --jobs 1, ...), so that the machine's
      // drift over a minute or two falls on both alike; the table takes each one's fastest run (the one
      // least slowed by anything else) and the highest peak.
      let runs = 0;
      // A run's label, numbered when there are several rounds.
      const roundLabel = (label: string, round: number) => (rounds > 1 ? `${label}, run ${round + 1}` : label);
      const run = async (label: string, jobs: number, round: number) => {
        const r = await analyzeInChild({ corpus: corpusDir, out: path.join(temp, `out-${runs++}`), jobs });
        line(roundLabel(label, round), r.seconds, r.cpu, `  peak RSS ${r.peakMiB.toFixed(0)} MiB; main thread: ${r.gc.collections} collections between passes, ${(r.gc.ms / 1000).toFixed(2)} s`);
        return r;
      };
      type Run = Awaited<ReturnType<typeof run>>;
      const each: Array<{ label: string; jobs: number; runs: Run[] }> = [
        { label: "analyze --jobs 1", jobs: 1, runs: [] },
        { label: "analyze --jobs 2", jobs: 2, runs: [] },
      ];
      // The ceiling of any split (see ceilingLine): --jobs 1 on the even and the odd articles, both at once.
      const split = manifest.articles.length >= 2 ? alternateHalves(Array.from({ length: manifest.articles.length }, (_, i) => i)).map((indices, h) => subCorpus(manifest, texts, indices, path.join(temp, `halves-${h}`))) : null;
      const splitRuns: Array<{ seconds: number; cpu: number; halves: Run[] }> = [];
      for (let k = 0; k < rounds; k++) {
        measureWink(`bare wink, run ${k + 2}`);
        for (const e of each) e.runs.push(await run(e.label, e.jobs, k));
        if (split) {
          const halves = await Promise.all(split.map((h) => analyzeInChild({ corpus: h.dir, out: path.join(temp, `out-${runs++}`), jobs: 1 })));
          const slower = Math.max(...halves.map((h) => h.seconds));
          const cpu = halves.reduce((sum, h) => sum + h.cpu, 0);
          line(roundLabel("two halves at once", k), slower, cpu, `  (--jobs 1 each, ${split.map((h) => h.articles).join(" and ")} articles: ${halves.map((h) => h.seconds.toFixed(2)).join(" and ")} s)`);
          splitRuns.push({ seconds: slower, cpu, halves });
        }
      }
      const [one, two] = each.map((e) => {
        const fastest = fastestRun(e.runs);
        const peakMiB = Math.max(...e.runs.map((r) => r.peakMiB));
        rows.push({ stage: e.label, seconds: fastest.seconds, cpu: fastest.cpu, staged: false });
        peaks.push(`${e.label} ${peakMiB.toFixed(0)} MiB${rounds > 1 ? ` (highest of ${rounds} runs)` : ""}`);
        if (fastest.threads) threadLines.push(threadLine(e.label, fastest.threads));
        return { ...fastest, peakMiB };
      });
      if (rounds > 1) console.log(`  the table, the speed-up and the lines below take each one's fastest of ${rounds} runs`);
      console.log(`  jobs: --jobs 2 is ${(one.seconds / two.seconds).toFixed(2)}x as fast as --jobs 1 (${os.cpus().length} cores)`);
      if (splitRuns.length > 0) {
        const ceiling = fastestRun(splitRuns);
        rows.push({ stage: "two halves at once (ceiling)", seconds: ceiling.seconds, cpu: ceiling.cpu, staged: false });
        console.log(`  ${ceilingLine(one, two, ceiling.halves)}`);
        // The same ratios within each round, whose runs followed each other: their spread is the machine's drift.
        const perRound = (runs: ReadonlyArray<{ seconds: number }>) => each[0].runs.map((r, k) => `${(r.seconds / runs[k].seconds).toFixed(2)}x`).join(", ");
        console.log(`  per round, --jobs 1 against the two halves: ${perRound(splitRuns)}; against --jobs 2: ${perRound(each[1].runs)}`);
      } else console.log("  ceiling of a split: not measured (one article cannot be split; run without --big)");
      for (const l of threadLines) console.log(l);
      // Memory against corpus size: the first half of the articles, analysed as the whole was (the
      // default --jobs 2), so that the growth of the peak can be read off against the corpus's.
      // A corpus of one article (--big) has no smaller half.
      if (manifest.articles.length < 2) console.log("  memory against corpus size: not measured (one article has no first half; run without --big)");
      else {
        const firstHalf = Array.from({ length: Math.ceil(manifest.articles.length / 2) }, (_, i) => i);
        const half = subCorpus(manifest, texts, firstHalf, path.join(temp, "half"));
        const h = await analyzeInChild({ corpus: half.dir, out: path.join(temp, `out-${runs++}`), jobs: 2 });
        console.log(`  ${growthLine({ mb: half.bytes / 1e6, peakMiB: h.peakMiB }, { mb: MB, peakMiB: two.peakMiB })}`);
        peaks.push(`analyze --jobs 2 of the first half (${half.articles} articles) ${h.peakMiB.toFixed(0)} MiB`);
      }
      // CPU seconds over wall seconds: the cores a run kept busy. --jobs 1 is more than one: V8 marks,
      // sweeps and compiles on helper threads, which is why --jobs 2 cannot approach 2x on two cores.
      console.log(`  cores kept busy (CPU s / s): --jobs 1 ${(one.cpu / one.seconds).toFixed(2)}, --jobs 2 ${(two.cpu / two.seconds).toFixed(2)}; the best --jobs 2 can do on ${os.cpus().length} cores is about ${((os.cpus().length * one.seconds) / two.cpu).toFixed(2)}x at its CPU cost`);
    }
    const load = os.loadavg()[0];
    const fastestWink = fastestRun(winkRuns);
    const wink: Row = { stage: "bare wink (reference)", seconds: fastestWink.seconds, cpu: fastestWink.cpu, staged: false };
    const winkS = wink.seconds;
    console.log(`\n${g.articles} article(s), ${MB.toFixed(2)} MB; ratios are to bare wink (readDoc + sentences + lemmas) on the same texts: ${winkS.toFixed(2)} s, ${(MB / winkS).toFixed(2)} MB/s${winkRuns.length > 1 ? ` (the fastest of its ${winkRuns.length} runs)` : ""}`);
    console.log(`seconds and MB/s are wall-clock; CPU s is this process's CPU time (all threads, GC included). Load average at the end: ${load.toFixed(1)} on ${os.cpus().length} cores${load > os.cpus().length ? " (other work competed: trust CPU s and the ratios more than seconds)" : ""}\n`);
    console.log(table(rows, g.bytes, wink));
    console.log(`\npeak RSS: ${peaks.join("; ")}`);
  } finally {
    cleanup();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
