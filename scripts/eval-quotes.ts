// `npm run eval:quotes -- GOLD_DIR [--registry FILE] [--verbose]`: scores extractQuotes against gold
// annotations (one JSON per article; format in tests/fixtures/quotes/README.md). Prints precision,
// recall and F1 at word overlap 0.3 and 0.8, speaker accuracy and side accuracy on matched quotes.
import * as fs from "fs";
import * as path from "path";
import { defaultActorRegistry, loadActorRegistry } from "../src/actors/registry";
import { parseArticle } from "../src/corpus/parse";
import { extractQuotes } from "../src/quotes/extract";
import { GoldQuote, QuoteScores, scoreQuotes, sumScores } from "../src/quotes/evaluate";

interface GoldFile {
  id?: string;
  textFile: string;
  quotes: GoldQuote[];
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--registry");
  const verbose = args.includes("--verbose");
  const regAt = args.indexOf("--registry");
  if (!dir) throw new Error("usage: npm run eval:quotes -- GOLD_DIR [--registry FILE] [--verbose]");
  if (!fs.existsSync(dir)) throw new Error(`${dir}: no such folder`);
  const registry = regAt >= 0 ? loadActorRegistry(args[regAt + 1]) : defaultActorRegistry();
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  if (files.length === 0) throw new Error(`${dir}: holds no .json gold files`);
  const at: Record<string, QuoteScores[]> = { "0.3": [], "0.8": [] };
  for (const f of files) {
    const file = path.join(dir, f);
    const gold = JSON.parse(fs.readFileSync(file, "utf8")) as GoldFile;
    if (!gold.textFile || !Array.isArray(gold.quotes)) throw new Error(`${file}: expected "textFile" and a "quotes" array`);
    const textPath = path.resolve(path.dirname(file), gold.textFile);
    const text = fs.readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
    const article = parseArticle(text, { id: gold.id ?? path.basename(f, ".json") });
    const predicted = extractQuotes(article, { registry });
    for (const t of Object.keys(at)) at[t].push(scoreQuotes(text, gold.quotes, predicted, Number(t), registry));
    if (verbose) {
      const s = at["0.3"][at["0.3"].length - 1];
      console.log(`${f}: gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}, speaker ${s.speakerCorrect}/${s.speakerChecked}`);
    }
  }
  console.log(`${files.length} gold files in ${dir}`);
  for (const [t, parts] of Object.entries(at)) {
    const s = sumScores(parts);
    const pct = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
    console.log(`overlap ${t}: precision ${pct(s.precision)} recall ${pct(s.recall)} F1 ${pct(s.f1)} (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched}); speaker accuracy ${pct(s.speakerAccuracy)} (${s.speakerCorrect}/${s.speakerChecked}); side accuracy ${pct(s.sideAccuracy)} (${s.sideCorrect}/${s.sideChecked})`);
  }
}

try {
  main();
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exit(2);
}
