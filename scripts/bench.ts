// `npm run bench [-- --articles N]`: how framelens scales with corpus size. Builds a synthetic corpus
// of N articles (the five seeds, repeated with their ids changed), then times loading+parsing and each
// analysis step, and prints throughput and peak memory. Figures, not pass/fail.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ANALYSIS_STEPS } from "../src/cli/steps";
import { StepResult } from "../src/cli/step";
import { loadCorpus } from "../src/corpus/load";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function buildCorpus(n: number): { dir: string; bytes: number } {
  const seeds = path.resolve(__dirname, "../seeds");
  const m = JSON.parse(fs.readFileSync(path.join(seeds, "manifest.json"), "utf8"));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framelens-bench-"));
  const articles = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const seed = m.articles[i % m.articles.length];
    const file = `${seed.id}-${i}.txt`;
    const text = fs.readFileSync(path.join(seeds, seed.file));
    bytes += text.length;
    fs.writeFileSync(path.join(dir, file), text);
    articles.push({ ...seed, id: `${seed.id}-${i}`, file });
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ title: "bench", articles }));
  return { dir, bytes };
}

function main(): void {
  const sizes = process.argv.includes("--articles") ? [arg("articles", 1000)] : [100, 1000];
  console.log(`node ${process.version}, ${os.cpus().length} cores`);
  for (const n of sizes) {
    const { dir, bytes } = buildCorpus(n);
    let peak = process.memoryUsage().rss;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
    const t0 = process.hrtime.bigint();
    const corpus = loadCorpus(dir, { onProgress: sample });
    const loadS = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`\n${n} articles, ${(bytes / 1e6).toFixed(2)} MB of text`);
    console.log(`  load+clean+parse: ${loadS.toFixed(2)} s, ${(n / loadS).toFixed(0)} articles/s, ${(bytes / 1e6 / loadS).toFixed(2)} MB/s`);
    const results = new Map<string, StepResult>();
    for (const step of ANALYSIS_STEPS) {
      const s0 = process.hrtime.bigint();
      results.set(step.id, step.run(corpus, results));
      sample();
      console.log(`  step ${step.id}: ${(Number(process.hrtime.bigint() - s0) / 1e9).toFixed(2)} s`);
    }
    sample();
    console.log(`  peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
