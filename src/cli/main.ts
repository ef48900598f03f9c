import * as fs from "fs";
import * as path from "path";
import { COMPARE_UNITS, CompareUnit, isCompareUnit } from "../corpus/compare-groups";
import { CorpusError } from "../corpus/errors";
import { loadFrequencyList } from "../emphasis/background";
import { parseFieldMap } from "../corpus/import-fields";
import { InterruptedError, analyze } from "./analyze";
import { runActorsSuggest } from "./actors-suggest";
import { importCommand } from "./import";
import { analysisSteps } from "./steps";
import { initManifest } from "./manifest-init";

const HELP = `framelens: compare how news outlets frame the same story

Usage:
  framelens analyze [--corpus DIR] [--out DIR] [--background FILE] [--no-images] [--force] [--raw-csv]
                    [--max-article-bytes N] [--jobs N] [--standalone-charts] [--map FIELD=COLUMN,...]
                    [--compare outlets|groups] [--actors FILE]
      Load the corpus (a folder of .txt articles + manifest.json, or instead of DIR a .jsonl/.ndjson/.csv
      file with one article per row; default: seeds), run every analysis, and write CSV tables, charts
      (HTML, PNG, SVG) and report.html to --out (default: outputs).
      --map FIELD=COLUMN,...  for a JSONL/CSV corpus, the column giving each field, e.g.
                   --map text=body,outlet=source,headline=title (fields: id, headline, text, outlet,
                   date, story, storyTitle, country; default the plain names and news-please's)
      --actors FILE  the actor registry (speakers, sides, dated roles); default DIR/actors.json when
                   the corpus folder has one, else framelens' seeds/actors.json
      --compare groups  compare the manifest's outlet groups instead of outlets in every analysis
                   (each outlet in one group; by default groups are compared in outlets.csv only)
      --background FILE  prior for distinctive words from a frequency list (term<TAB>count per line,
                         lower-case lemmas) instead of the pooled corpus
      --no-images  skip PNG/SVG (no browser needed)
      --standalone-charts  inline plotly (1.4 MB) in every chart page, so each works copied alone;
                   by default the pages share charts/plotly.min.js
      --force      overwrite files in --out that framelens did not write
      --raw-csv    write CSV text exactly as found; by default a cell starting with = + - @ (a formula
                   to a spreadsheet) gets a leading ' so that opening the CSV cannot run it
      --jobs N     threads for the per-article work (default: the number of cores): N - 1 worker
                   threads and the main one; the output is the same for any N
      --max-article-bytes N  skip (with a warning) article files larger than N bytes; N may end in
                   k or M (1024-based); default 2M. A news article is under 100k.
  framelens manifest DIR
      Write a starter DIR/manifest.json listing DIR's .txt files (never overwrites).
  framelens import FILE --out DIR [--map FIELD=COLUMN,...] [--force] [--max-article-bytes N]
      Convert a JSONL or CSV file (one article per row) into a corpus folder: DIR/manifest.json and one
      .txt per article. Prints every bad row (skipped, never silently). Writes all or nothing, and only
      into a new or empty DIR; --force replaces a DIR that holds files (deleting them).
  framelens actors suggest --corpus DIR [--out FILE] [--top N] [--force] [--jobs N]
      List the people and organisations the corpus quotes or names most that its actor registry
      (DIR/actors.json, else framelens' seeds/actors.json) does not resolve, with counts and an
      example sentence; with --out, write the top N (default 20) as a starter registry to edit
      (never overwrites FILE unless --force).
  framelens --help
`;

interface Parsed {
  command: string | undefined;
  flags: Map<string, string | true>;
  positional: string[];
}

const VALUE_FLAGS = new Set(["corpus", "out", "background", "max-article-bytes", "jobs", "map", "compare", "actors", "top"]);
const BOOLEAN_FLAGS = new Set(["no-images", "force", "raw-csv", "standalone-charts", "help"]);

function parseCompare(value: string): CompareUnit {
  if (!isCompareUnit(value)) throw new Error(`--compare takes ${COMPARE_UNITS.join(" or ")}; got "${value}"`);
  return value;
}

/** Parses `command --flag value --switch positional`; unknown flags throw naming the flag. */
export function parseArgs(argv: readonly string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") flags.set("help", true);
    else if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      if (VALUE_FLAGS.has(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a value`);
        flags.set(name, v);
      } else if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else throw new Error(`unknown option --${name}; see framelens --help`);
    } else if (command === undefined) command = a;
    else positional.push(a);
  }
  return { command, flags, positional };
}

/** Parses a byte count such as `500000`, `512k` or `5M` (k and M are 1024-based); throws naming the flag. */
export function parseByteSize(value: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)[bB]?\s*$/.exec(value);
  if (!m) throw new Error(`--${flag} takes a size in bytes such as 500000, 512k or 5M; got "${value}"`);
  const n = Math.round(Number(m[1]) * (m[2] === "" ? 1 : /k/i.test(m[2]) ? 1024 : 1024 * 1024));
  if (!(n > 0)) throw new Error(`--${flag} must be more than 0 bytes; got "${value}"`);
  return n;
}

/** Parses a whole number of at least 1; throws naming the flag. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1) throw new Error(`--jobs takes a whole number of threads, at least 1; got "${value}"`);
  return n;
}

/** Default corpus: ./seeds when it exists, else the seeds shipped with framelens. */
function defaultCorpus(): string {
  return fs.existsSync(path.join("seeds", "manifest.json")) ? "seeds" : path.resolve(__dirname, "../../seeds");
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { command, flags, positional } = parseArgs(argv);
    if (flags.has("help") || command === undefined || command === "help") {
      process.stdout.write(HELP);
      return command === undefined && !flags.has("help") ? 1 : 0;
    }
    if (command === "analyze") {
      const bgFile = flags.get("background") as string | undefined;
      await analyze({
        steps: bgFile ? analysisSteps({ background: loadFrequencyList(bgFile), backgroundName: `the frequency list ${path.basename(bgFile)}` }) : undefined,
        corpus: (flags.get("corpus") as string | undefined) ?? defaultCorpus(),
        out: (flags.get("out") as string | undefined) ?? "outputs",
        images: !flags.has("no-images"),
        force: flags.has("force"),
        rawCsv: flags.has("raw-csv"),
        standaloneCharts: flags.has("standalone-charts"),
        maxArticleBytes: flags.has("max-article-bytes") ? parseByteSize(flags.get("max-article-bytes") as string, "max-article-bytes") : undefined,
        catchSignals: true,
        jobs: flags.has("jobs") ? parseJobs(flags.get("jobs") as string) : undefined,
        map: flags.has("map") ? parseFieldMap(flags.get("map") as string) : undefined,
        compare: flags.has("compare") ? parseCompare(flags.get("compare") as string) : undefined,
        registryFile: flags.get("actors") as string | undefined,
      });
      return 0;
    }
    if (command === "actors") {
      if (positional.length !== 1 || positional[0] !== "suggest" || !flags.has("corpus")) throw new Error("usage: framelens actors suggest --corpus DIR [--out FILE] [--top N] [--force] [--jobs N]");
      const top = flags.get("top") as string | undefined;
      if (top !== undefined && (!/^\s*\d+\s*$/.test(top) || Number(top) < 1)) throw new Error(`--top takes a whole number of suggestions, at least 1; got "${top}"`);
      await runActorsSuggest({ corpus: flags.get("corpus") as string, out: flags.get("out") as string | undefined, top: top === undefined ? undefined : Number(top), force: flags.has("force"), jobs: flags.has("jobs") ? parseJobs(flags.get("jobs") as string) : undefined });
      return 0;
    }
    if (command === "import") {
      const out = flags.get("out") as string | undefined;
      if (positional.length !== 1 || !out) throw new Error("usage: framelens import FILE --out DIR [--map FIELD=COLUMN,...] [--force] [--max-article-bytes N]");
      importCommand(positional[0], {
        out,
        force: flags.has("force"),
        map: flags.has("map") ? parseFieldMap(flags.get("map") as string) : undefined,
        maxArticleBytes: flags.has("max-article-bytes") ? parseByteSize(flags.get("max-article-bytes") as string, "max-article-bytes") : undefined,
      });
      return 0;
    }
    if (command === "manifest") {
      if (positional.length !== 1) throw new Error("usage: framelens manifest DIR");
      console.log(`wrote ${initManifest(positional[0])}; fill in outlet names (and headlines, dates) before analysing`);
      return 0;
    }
    throw new Error(`unknown command "${command}"; expected analyze, import, manifest or actors (see framelens --help)`);
  } catch (e) {
    if (e instanceof InterruptedError) {
      console.error(e.message);
      return e.exitCode;
    }
    const msg = e instanceof CorpusError ? `error: ${e.message}` : `error: ${(e as Error).message}`;
    console.error(msg);
    if (process.env.FRAMELENS_DEBUG) console.error((e as Error).stack);
    return 2;
  }
}
