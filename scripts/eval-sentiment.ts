// `npm run eval:sentiment [-- FILE.tsv]`: agreement of sentence scores with human ratings. Default file:
// ../shared/dev-data/nyt-editorial-sentences-dev.tsv (columns id, mean_rating, text). Prints Pearson r
// with a 95% bootstrap interval for the plain AFINN package, framelens' improved strategy, its parts,
// and VADER's compound score.
import * as fs from "fs";
import * as path from "path";
import { bootstrapCI } from "../src/stats/bootstrap";
import { pearson } from "../src/stats/correlation";
import { scoreSentiment, SentimentOptions } from "../src/sentiment/score";
import { vaderCompound } from "../src/sentiment/vader";

const file = process.argv[2] ?? path.resolve(__dirname, "../../shared/dev-data/nyt-editorial-sentences-dev.tsv");
if (!fs.existsSync(file)) {
  console.log(`skipped: ${file} not found (pass a TSV with columns id, mean_rating, text)`);
  process.exit(0);
}
const rows = fs
  .readFileSync(file, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"))
  .filter((c) => c.length >= 3)
  .map((c) => ({ rating: Number(c[1]), text: c.slice(2).join("\t") }));

function report(name: string, score: (t: string) => number): void {
  const pairs = rows.map((r) => [score(r.text), r.rating] as const);
  const ci = bootstrapCI(pairs, (s) => pearson(s.map((p) => p[0]), s.map((p) => p[1])), { iterations: 1000 });
  console.log(`${name.padEnd(44)} r = ${ci.estimate.toFixed(3)}  [${ci.low.toFixed(3)}, ${ci.high.toFixed(3)}]`);
}

console.log(`${rows.length} sentences rated by people (${path.basename(file)})`);
const variants: Array<[string, SentimentOptions]> = [
  ["plain (sentiment package), score", { strategy: "plain" }],
  ["improved (default), score", {}],
  ["improved without domain adjustments", { adjustments: false }],
  ["improved without negation", { negationScope: 0 }],
];
for (const [name, opts] of variants) report(name, (t) => scoreSentiment(t, opts).score);
report("improved (default), comparative", (t) => scoreSentiment(t).comparative);
report("improved (default), compound", (t) => scoreSentiment(t).compound);
report("plain (sentiment package), compound", (t) => scoreSentiment(t, { strategy: "plain" }).compound);
report("VADER compound (vader-sentiment)", vaderCompound);
