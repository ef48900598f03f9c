// `npm run fuzz [-- options]`: the seeded fuzz test. Mutates the seed articles into 10,000 inputs and
// checks that parsing, mentions, quotes, sentiment, frames, terms and the overview neither throw, keep
// every offset promise, and stay within a linear time bound (tests/fuzz/README.md says what and why).
// Prints the seed, each failure kind with its first input, an excerpt and the command that repeats it;
// exits 1 when anything failed.
import * as fs from "fs";
import { defaultActorRegistry } from "../src/actors/registry";
import { checkArticle } from "../tests/fuzz/check";
import { PROFILES, Profile, generateInput, isProfile } from "../tests/fuzz/generate";
import { DEFAULT_SEED, FuzzOptions, formatReport, reproCommand, runFuzz } from "../tests/fuzz/run";
import { readSeeds } from "../tests/fuzz/seeds";
import { shrink } from "../tests/fuzz/shrink";
import { DEFAULT_ALLOWANCE_MS, DEFAULT_HEADROOM } from "../tests/fuzz/timing";

const USAGE = `usage: npm run fuzz -- [--seed S] [--count N] [--profile ${PROFILES.join("|")}] [--only I[,J...]] [--input FILE]
                      [--save FILE] [--shrink] [--list] [--workers N] [--headroom X] [--allowance MS]
  --seed S        run seed (default ${DEFAULT_SEED}); input I of a seed is always the same text
  --count N       inputs 0..N-1 (default 10000)
  --profile P     full (default: mostly 5-15 kB, a few up to 300 kB) or quick (the npm test slice: mostly small)
  --only I,J      check only these inputs, printing every finding
  --input FILE    check a saved input instead (.json: a JSON string, exact; otherwise UTF-8 text)
  --save FILE     write the first failing input (or the --only input) to FILE (.json keeps lone surrogates)
  --shrink        shrink the first input of each failure kind (except time) and print the minimal input
  --list          print every failing input: index, size, failure kinds and recipe
  --workers N     worker threads (default: cores, at most 4)
  --headroom X    time bound: X times the seeds' ms per 1,000 chars (default ${DEFAULT_HEADROOM})
  --allowance MS  time bound: fixed ms per stage (default ${DEFAULT_ALLOWANCE_MS})`;

const FLAGS = ["--seed", "--count", "--profile", "--only", "--input", "--save", "--shrink", "--list", "--workers", "--headroom", "--allowance", "--help"];
const BOOLEAN = new Set(["--shrink", "--list", "--help"]);

function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!FLAGS.includes(flag)) throw new Error(`unknown option ${JSON.stringify(flag)}; expected one of ${FLAGS.join(", ")}\n${USAGE}`);
    if (BOOLEAN.has(flag)) args.set(flag, "true");
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      args.set(flag, value);
    }
  }
  return args;
}

function number(args: Map<string, string>, flag: string, integer = true): number | undefined {
  const v = args.get(flag);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) throw new Error(`${flag} ${JSON.stringify(v)}: expected a non-negative ${integer ? "integer" : "number"}`);
  return n;
}

function readInput(file: string): string {
  const raw = fs.readFileSync(file, "utf8");
  if (!file.endsWith(".json")) return raw;
  const v = JSON.parse(raw);
  if (typeof v !== "string") throw new Error(`${file}: expected one JSON string (as --save FILE.json writes)`);
  return v;
}

function save(file: string, text: string): void {
  if (file.endsWith(".json")) fs.writeFileSync(file, JSON.stringify(text));
  else {
    fs.writeFileSync(file, text, "utf8");
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) console.log(`note: the input has lone surrogates, written as U+FFFD to ${file}; save to a .json file to keep them`);
  }
  console.log(`saved the input (${text.length} chars) to ${file}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.has("--help")) {
    console.log(USAGE);
    return 0;
  }
  const profile = args.get("--profile") ?? "full";
  if (!isProfile(profile)) throw new Error(`unknown profile ${JSON.stringify(profile)}; expected one of ${PROFILES.join(", ")}`);
  const seed = number(args, "--seed") ?? DEFAULT_SEED;
  const only = args.get("--only")?.split(",").map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--only ${JSON.stringify(s)}: expected input indices like 12 or 12,40`);
    return n;
  });
  const inputFile = args.get("--input");
  const texts = inputFile ? [readInput(inputFile)] : undefined;
  const options: FuzzOptions = { seed, profile: profile as Profile, count: number(args, "--count"), only, texts, workers: number(args, "--workers"), headroom: number(args, "--headroom", false), allowanceMs: number(args, "--allowance", false) };
  const total = texts?.length ?? only?.length ?? options.count ?? 10_000;
  const step = Math.max(1, Math.floor(total / 20));
  console.log(`fuzz: seed ${seed}, profile ${profile}, ${texts ? `input ${inputFile}` : only ? `only ${only.join(",")}` : `${total} inputs`}`);
  let failing = 0;
  const t0 = Date.now();
  const report = await runFuzz({
    ...options,
    onOutcome(o, done) {
      if (o.findings.length > 0) failing++;
      if (done % step === 0 || done === total) console.error(`fuzz: ${done}/${total} inputs, ${failing} failing, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  console.log(formatReport(report));

  const seeds = readSeeds();
  const textOf = (index: number) => (index < 0 && texts ? texts[0] : generateInput(seeds, seed, index, profile as Profile).text);
  if (args.has("--list") && !(only || texts)) {
    console.log("\nfailing inputs:");
    for (const o of report.failing) console.log(`  #${o.index} (${o.chars} chars): ${o.findings.map((f) => f.kind).join(" | ")} <- ${o.recipe.join("; ")}`);
  }
  if (only || texts) {
    for (const o of report.failing) {
      console.log(`\n#${o.index}: ${o.chars} chars, ${o.ms.toFixed(0)} ms; recipe: ${o.recipe.join("; ")}`);
      for (const f of o.findings) console.log(`  ${f.kind}\n    ${f.message}${f.count > 1 ? ` (x${f.count})` : ""}\n    excerpt: ${f.excerpt}`);
    }
  }
  const saveTo = args.get("--save");
  if (saveTo) {
    const index = report.failing[0]?.index ?? (texts ? -1 : only?.[0]);
    if (index === undefined) console.log("nothing to save: no input failed");
    else save(saveTo, textOf(index));
  }
  if (args.has("--shrink")) {
    const registry = defaultActorRegistry();
    for (const k of report.kinds) {
      if (k.kind.startsWith("time:") || k.kind.startsWith("worker ")) {
        console.log(`\nnot shrinking ${k.kind}: a time or crash failure is not cheap to re-check in this thread; see the recipe of #${k.first.index}`);
        continue;
      }
      const r = shrink(textOf(k.first.index), (t) => checkArticle(t, { registry }).findings.some((f) => f.kind === k.kind));
      console.log(`\nminimal input for ${k.kind} (from #${k.first.index}, ${r.text.length} chars, ${r.checks} checks):\n  ${JSON.stringify(r.text)}`);
    }
  }
  if (report.failing.length > 0 && !only && !texts) console.log(`\nrepeat one: ${reproCommand(seed, profile as Profile, report.failing[0].index)}`);
  console.log(`\n${report.ran - report.failing.length} passed, ${report.failing.length} failed`);
  return report.failing.length > 0 || report.ran < total ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  },
);
