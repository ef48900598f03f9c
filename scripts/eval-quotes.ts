// `npm run eval:quotes [-- GOLD_DIR] [--dev DEV_DIR] [--registry FILE] [--verbose]`: scores extractQuotes.
// - With GOLD_DIR (one JSON per article, format in tests/fixtures/quotes/README.md; the seeds' gold is
//   tests/fixtures/quotes): precision, recall and F1 at word overlap 0.3 and 0.8, speaker and side accuracy.
// - Without it: both development sets in DEV_DIR (default ../shared/dev-data), read in place, nothing
//   written: PolNeAR dev (scripts/polnear-to-gold.ts: attributions with quote marks or a speech cue) and
//   BASIL dev (scripts/basil-to-gold.ts: quoted bias spans with their speaker). When the folder is absent
//   it says so and exits 0.
// Scoring rules (src/quotes/evaluate.ts): words are runs of letters and digits, and a span holds every word
// it touches; a speaker is right when the head name of the gold source (first capitalised run that is a
// name, titles dropped) agrees with the predicted canonical name or the words as written; gold sourced by
// a pronoun is reported apart (its referent is not annotated); a PolNeAR content in pieces is scored on its
// pieces' words. For PolNeAR the unmatched predictions are also sorted (unmatchedPredictions): a second
// piece of an attribution already matched, a boundary disagreement, an attribution outside the compared
// subset, or words no attribution covers; counts only, precision is not changed. Each gold set is also
// scored with the pieces extractQuotes itself linked to one attribution (QuoteRecord.attribution:
// `"A," he said. "B."`, a report its attribution interrupts) counted as one prediction, the union of their
// words ("linked pieces as one prediction"); the lines above it count every QuoteRecord. Every set is
// scored twice more under the Gender Gap Tracker's overlap (the share of the gold's words a prediction
// covers, above the threshold; ScoreOptions.overlap "gold"): linked, and linked with partial quotes scored
// on their reported clause (QuoteRecord.clauseStart; ScoreOptions.clauses).
import * as fs from "fs";
import * as path from "path";
import { defaultActorRegistry, loadActorRegistry } from "../src/actors/registry";
import { ActorRegistry } from "../src/actors/types";
import { loadCorpus } from "../src/corpus/load";
import { parseArticle } from "../src/corpus/parse";
import { ManifestEntry } from "../src/corpus/types";
import { extractQuotes } from "../src/quotes/extract";
import { GoldQuote, QuoteScores, ScoreOptions, SpanFinds, UnmatchedBreakdown, findSpans, scoreQuotes, sumScores, unmatchedPredictions } from "../src/quotes/evaluate";
import { QuoteRecord } from "../src/quotes/types";
import { BASIL_SPEAKER_CLASSES, BasilSpeakerClass, basilGold } from "./basil-to-gold";
import { polnearGold } from "./polnear-to-gold";

interface GoldFile {
  id?: string;
  textFile: string;
  quotes: GoldQuote[];
}

const THRESHOLDS = [0.3, 0.8] as const;
const USAGE = "usage: npm run eval:quotes [-- GOLD_DIR] [--dev DEV_DIR] [--registry FILE] [--verbose]";

const num = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : "n/a (0/0)");

/** The lines reporting one gold set's summed scores at one threshold. */
export function scoreLines(t: number, s: QuoteScores): string[] {
  const kinds = Object.entries(s.byKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k} ${pct(v.matched, v.gold)}`).join(", ");
  return [
    `overlap ${t}: precision ${num(s.precision)} recall ${num(s.recall)} F1 ${num(s.f1)} (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched})`,
    `  speaker accuracy ${num(s.speakerAccuracy)} (${s.speakerCorrect}/${s.speakerChecked}; named sources ${pct(s.namedCorrect, s.namedChecked)}); side accuracy ${num(s.sideAccuracy)} (${s.sideCorrect}/${s.sideChecked})`,
    `  recall by gold kind: ${kinds || "none"}`,
    `  pronoun-sourced gold (apart): ${s.pronounGold}, matched ${pct(s.pronounMatched, s.pronounGold)}, resolved to a name ${pct(s.pronounResolved, s.pronounMatched)}`,
  ];
}

/** The manifest entry of a text file when its folder holds a manifest.json listing it, else undefined. */
function manifestEntry(textPath: string): ManifestEntry | undefined {
  const manifest = path.join(path.dirname(textPath), "manifest.json");
  if (!fs.existsSync(manifest)) return undefined;
  const entries = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { articles?: ManifestEntry[] }).articles ?? [];
  return entries.find((e) => path.resolve(path.dirname(textPath), e.file) === textPath);
}

/**
 * How each text is scored, in the order the variants' sums are printed: every record, linked pieces as one
 * prediction, then under the Gender Gap Tracker's overlap every record, linked, and linked with partial
 * quotes scored on their reported clause (see ScoreOptions).
 */
const VARIANTS: readonly ScoreOptions[] = [{}, { linked: true }, { overlap: "gold" }, { overlap: "gold", linked: true }, { overlap: "gold", linked: true, clauses: true }];

/** One text's scores under every VARIANTS entry at threshold `t`. */
function scoreVariants(text: string, gold: readonly GoldQuote[], predicted: readonly QuoteRecord[], t: number, registry?: ActorRegistry): QuoteScores[] {
  return VARIANTS.map((options) => scoreQuotes(text, gold, predicted, t, registry, options));
}

/** Per threshold, per variant, the texts' scores: filled by scoreVariants, summed by sumScores. */
function variantTables(): QuoteScores[][][] {
  return THRESHOLDS.map(() => VARIANTS.map(() => []));
}

/** The lines reporting the summed VARIANTS at one threshold (framelens' overlap, then the Gender Gap Tracker's). */
function variantLines(t: number, sums: readonly QuoteScores[]): { own: string[]; ggt: string[] } {
  return { own: [...scoreLines(t, sums[0]), linkedLine(sums[1])], ggt: ggtLines(sums[2], sums[3], sums[4]) };
}

function evalGoldDir(dir: string, registry: ActorRegistry, verbose: boolean): void {
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`${dir}: holds no .json gold files`);
  const scores = variantTables();
  for (const f of files) {
    const file = path.join(dir, f);
    const gold = JSON.parse(fs.readFileSync(file, "utf8")) as GoldFile;
    if (!gold.textFile || !Array.isArray(gold.quotes)) throw new Error(`${file}: expected "textFile" and a "quotes" array`);
    const textPath = path.resolve(path.dirname(file), gold.textFile);
    const text = fs.readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
    // A text in a corpus folder is parsed as the corpus would parse it: its manifest entry gives the
    // headline and the date that role aliases ("the Secretary of State") resolve on.
    const meta = manifestEntry(textPath);
    const article = parseArticle(text, { id: gold.id ?? path.basename(f, ".json"), ...(meta ? { meta, headline: meta.headline, outlet: meta.outlet } : {}) });
    const predicted = extractQuotes(article, { registry });
    THRESHOLDS.forEach((t, i) => scoreVariants(text, gold.quotes, predicted, t, registry).forEach((s, v) => scores[i][v].push(s)));
    if (verbose) {
      const s = scores[0][0][scores[0][0].length - 1];
      console.log(`${f}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, speaker ${s.speakerCorrect}/${s.speakerChecked}`);
    }
  }
  console.log(`${files.length} gold files in ${dir}`);
  THRESHOLDS.forEach((t, i) => {
    const lines = variantLines(t, scores[i].map(sumScores));
    console.log([...lines.own, ...lines.ggt].join("\n"));
  });
}

/**
 * The lines giving the scores under the Gender Gap Tracker's overlap (ScoreOptions.overlap "gold": the
 * share of the gold's words a prediction covers, above the threshold), the definition behind its
 * published quote F1: every record, linked pieces as one prediction, and linked with partial quotes
 * scored on their reported clause (ScoreOptions.clauses).
 */
export function ggtLines(plain: QuoteScores, linked: QuoteScores, clauses: QuoteScores): string[] {
  return [
    `  Gender Gap Tracker overlap (share of the gold's words covered): ${summaryRow(plain)}`,
    `    with linked pieces as one prediction: ${summaryRow(linked)}`,
    `    linked, and partial quotes scored on their reported clause: ${summaryRow(clauses)}`,
  ];
}

/** The line giving the scores with linked pieces counted as one prediction (ScoreOptions.linked). */
export function linkedLine(s: QuoteScores): string {
  return `  linked pieces as one prediction: ${summaryRow(s)}`;
}

/** Precision, recall, F1, counts, speaker and side accuracy and reported-speech recall on one line. */
function summaryRow(s: QuoteScores): string {
  const indirect = s.byKind.indirect ? `, indirect ${pct(s.byKind.indirect.matched, s.byKind.indirect.gold)}` : "";
  return `precision ${num(s.precision)} recall ${num(s.recall)} F1 ${num(s.f1)} (predicted ${s.predicted}, matched ${s.matched}); speaker ${num(s.speakerAccuracy)}, side ${num(s.sideAccuracy)}${indirect}`;
}

function evalPolnear(dir: string, registry: ActorRegistry, verbose: boolean): void {
  const gold = polnearGold(dir);
  const scores = variantTables();
  const unmatched: UnmatchedBreakdown[] = THRESHOLDS.map(() => ({ insideMatchedGold: 0, boundary: 0, outsideSubset: 0, unattributed: 0 }));
  const outsideNotCounted: QuoteScores[][] = THRESHOLDS.map(() => []);
  const ggtUnmatched: UnmatchedBreakdown[] = THRESHOLDS.map(() => ({ insideMatchedGold: 0, boundary: 0, outsideSubset: 0, unattributed: 0 }));
  const add = (to: UnmatchedBreakdown, u: UnmatchedBreakdown) => {
    to.insideMatchedGold += u.insideMatchedGold;
    to.boundary += u.boundary;
    to.outsideSubset += u.outsideSubset;
    to.unattributed += u.unattributed;
  };
  for (const g of gold) {
    const text = fs.readFileSync(g.textFile, "utf8").replace(/^\uFEFF/, "");
    const date = /\d{4}-\d{2}-\d{2}/.exec(g.doc)?.[0];
    const article = parseArticle(text, { id: g.id });
    const predicted = extractQuotes(article, { registry, date });
    THRESHOLDS.forEach((t, i) => {
      scoreVariants(text, g.quotes, predicted, t).forEach((s, v) => scores[i][v].push(s));
      outsideNotCounted[i].push(scoreQuotes(text, g.quotes, predicted, t, undefined, { overlap: "gold", linked: true, clauses: true, outside: g.outside }));
      add(unmatched[i], unmatchedPredictions(text, g.quotes, g.outside, predicted, t));
      add(ggtUnmatched[i], unmatchedPredictions(text, g.quotes, g.outside, predicted, t, { overlap: "gold", linked: true, clauses: true }));
    });
    if (verbose) {
      const s = scores[0][0][scores[0][0].length - 1];
      console.log(`  ${g.doc}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, speaker ${s.speakerCorrect}/${s.speakerChecked}`);
    }
  }
  console.log(`PolNeAR dev: ${gold.length} articles, ${gold.reduce((t, g) => t + g.quotes.length, 0)} attributions with quote marks or a speech cue (${dir})`);
  THRESHOLDS.forEach((t, i) => {
    const lines = variantLines(t, scores[i].map(sumScores));
    console.log(lines.own.map((l) => `  ${l}`).join("\n"));
    const why = (u: UnmatchedBreakdown) => `${u.insideMatchedGold} inside an attribution another prediction matched (a second quoted piece of one content), ${u.boundary} within a gold span they overlap below the threshold, ${u.outsideSubset} on attributions outside the compared subset (beliefs, intentions, other cues), ${u.unattributed} mostly on words no attribution covers`;
    console.log(`    unmatched predictions: ${why(unmatched[i])}`);
    console.log(lines.ggt.map((l) => `  ${l}`).join("\n"));
    console.log(`      unmatched (Gender Gap Tracker overlap, linked, clauses): ${why(ggtUnmatched[i])}`);
    const o = sumScores(outsideNotCounted[i]);
    console.log(`      the same, with predictions on PolNeAR attributions outside the compared subset not counted: precision ${num(o.precision)} recall ${num(o.recall)} F1 ${num(o.f1)} (predicted ${o.predicted}, matched ${o.matched})`);
  });
}

function evalBasil(dir: string, registry: ActorRegistry, verbose: boolean): void {
  const corpus = loadCorpus(path.join(dir, "corpus"), { onBadArticle: "warn" });
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const gold = basilGold(dir, new Map(corpus.articles.map((a) => [a.id, a.text])));
  const totals = THRESHOLDS.map(() => new Map<BasilSpeakerClass, SpanFinds>(BASIL_SPEAKER_CLASSES.map((c) => [c, { gold: 0, found: 0, speakerChecked: 0, speakerCorrect: 0 }])));
  for (const g of gold) {
    const article = byId.get(g.id);
    if (!article) continue;
    const predicted = extractQuotes(article, { registry });
    THRESHOLDS.forEach((t, i) => {
      for (const c of BASIL_SPEAKER_CLASSES) {
        const f = findSpans(article.text, g.quotes.filter((q) => q.speakerClass === c), predicted, t);
        const sum = totals[i].get(c)!;
        sum.gold += f.gold;
        sum.found += f.found;
        sum.speakerChecked += f.speakerChecked;
        sum.speakerCorrect += f.speakerCorrect;
      }
    });
    if (verbose) {
      const named = g.quotes.filter((q) => q.speakerClass === "named");
      const f = findSpans(article.text, named, predicted, THRESHOLDS[0]);
      console.log(`  ${g.id}: named ${named.length}, found ${f.found}, right speaker ${f.speakerCorrect}`);
    }
  }
  const n = (c: BasilSpeakerClass) => totals[0].get(c)!.gold;
  console.log(`BASIL dev: ${gold.length} articles, quoted bias spans with a speaker: named people and organisations ${n("named")}, groups ${n("group")}, unnamed ${n("other")} (${dir})`);
  THRESHOLDS.forEach((t, i) => {
    const line = (c: BasilSpeakerClass, label: string) => {
      const s = totals[i].get(c)!;
      return `${label} found ${pct(s.found, s.gold)}, right speaker ${pct(s.speakerCorrect, s.speakerChecked)}`;
    };
    console.log(`  span covered >= ${t} by a predicted quote: ${line("named", "quotes by named people")}`);
    console.log(`    ${line("group", "quotes by groups")}; unnamed speakers found ${pct(totals[i].get("other")!.found, n("other"))}`);
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const valueOf = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  for (const flag of ["--dev", "--registry"]) if (args.includes(flag) && !valueOf(flag)) throw new Error(`${flag} needs a value; ${USAGE}`);
  const unknown = args.filter((a) => a.startsWith("--") && !["--dev", "--registry", "--verbose"].includes(a));
  if (unknown.length) throw new Error(`unknown option ${unknown[0]}; ${USAGE}`);
  const positional = args.filter((a, i) => !a.startsWith("--") && !["--dev", "--registry"].includes(args[i - 1]));
  const verbose = args.includes("--verbose");
  const registry = valueOf("--registry") ? loadActorRegistry(valueOf("--registry")!) : defaultActorRegistry();
  if (positional.length > 1) throw new Error(`one gold folder at most, got ${positional.join(", ")}; ${USAGE}`);
  if (positional.length === 1) return evalGoldDir(positional[0], registry, verbose);
  const dev = valueOf("--dev") ?? path.resolve(__dirname, "../../shared/dev-data");
  const polnear = path.join(dev, "polnear-dev");
  const basil = path.join(dev, "basil-dev");
  if (!fs.existsSync(polnear) && !fs.existsSync(basil)) {
    console.log(`development data not found at ${dev} (polnear-dev/, basil-dev/): nothing to score. Score your own gold with: npm run eval:quotes -- GOLD_DIR`);
    return;
  }
  if (fs.existsSync(polnear)) evalPolnear(polnear, registry, verbose);
  else console.log(`PolNeAR dev not found at ${polnear}: skipped`);
  if (fs.existsSync(basil)) evalBasil(basil, registry, verbose);
  else console.log(`BASIL dev not found at ${basil}: skipped`);
}

if (require.main === module) {
  // Piped into `head`: stop quietly when the reader has gone.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  try {
    main();
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(2);
  }
}
