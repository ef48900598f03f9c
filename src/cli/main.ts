import * as fs from "fs";
import * as path from "path";
import { CorpusError } from "../corpus/errors";
import { loadFrequencyList } from "../emphasis/background";
import { analyze } from "./analyze";
import { analysisSteps } from "./steps";
import { initManifest } from "./manifest-init";

const HELP = `framelens: compare how news outlets frame the same story

Usage:
  framelens analyze [--corpus DIR] [--out DIR] [--background FILE] [--no-images] [--force]
      Load the corpus (a folder of .txt articles + manifest.json; default: seeds), run every analysis,
      and write CSV tables, charts (HTML, PNG, SVG) and report.html to --out (default: outputs).
      --background FILE  prior for distinctive words from a frequency list (term<TAB>count per line,
                         lower-case lemmas) instead of the pooled corpus
      --no-images  skip PNG/SVG (no browser needed)
      --force      overwrite files in --out that framelens did not write
  framelens manifest DIR
      Write a starter DIR/manifest.json listing DIR's .txt files (never overwrites).
  framelens --help
`;

interface Parsed {
  command: string | undefined;
  flags: Map<string, string | true>;
  positional: string[];
}

const VALUE_FLAGS = new Set(["corpus", "out", "background"]);
const BOOLEAN_FLAGS = new Set(["no-images", "force", "help"]);

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
      });
      return 0;
    }
    if (command === "manifest") {
      if (positional.length !== 1) throw new Error("usage: framelens manifest DIR");
      console.log(`wrote ${initManifest(positional[0])}; fill in outlet names (and headlines, dates) before analysing`);
      return 0;
    }
    throw new Error(`unknown command "${command}"; expected analyze or manifest (see framelens --help)`);
  } catch (e) {
    const msg = e instanceof CorpusError ? `error: ${e.message}` : `error: ${(e as Error).message}`;
    console.error(msg);
    if (process.env.FRAMELENS_DEBUG) console.error((e as Error).stack);
    return 2;
  }
}
