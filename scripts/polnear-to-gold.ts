// Converts PolNeAR brat annotations (../shared/dev-data/polnear-dev) into framelens gold, keeping the
// subset comparable to quote extraction: attributions whose content carries quote marks (", curly, or a
// doubled apostrophe '') or whose cue is a speech verb (said, told, added, according to, ...). Beliefs
// and intentions ("thinks", "hopes") are dropped. `npm run eval:quotes` reads it in memory (polnearGold); to write gold JSON files:
// npx tsx scripts/polnear-to-gold.ts [POLNEAR_DIR] OUT_DIR
// Never write the output inside the repository: the texts belong to their publishers.
import * as fs from "fs";
import * as path from "path";
import { GoldQuote } from "../src/quotes/evaluate";

const SPEECH = /^(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|according to|state|states|stated|announce[sd]?|announcing|claim(s|ed)?|warn(s|ed)?|insist(s|ed)?|argue[sd]?|argu(ing)|write|writes|wrote|tweet(s|ed)?|explain(s|ed)?|note[sd]?|den(y|ies|ied)|admit(s|ted)?|ask(s|ed)?|repl(y|ies|ied)|respond(s|ed)?|declare[sd]?|suggest(s|ed)?|report(s|ed)?|confirm(s|ed)?|accuse[sd]?|call(s|ed)?|describe[sd]?|predict(s|ed)?|vow(s|ed)?|urge[sd]?|promise[sd]?|reveal(s|ed)?|continue[sd]?|recall(s|ed)?|point(s|ed)? out)$/i;

export interface PolnearGold {
  /** The document name (file name without .txt). */
  doc: string;
  id: string;
  textFile: string;
  quotes: Array<GoldQuote & { cue: string | null }>;
  /** The document's other attributions (beliefs, intentions, cues outside SPEECH): not scored, for diagnosis only. */
  outside: GoldQuote[];
}

/** The comparable attributions of every PolNeAR document in `dir` (attributions/ and text/); with several annotators, the first. */
export function polnearGold(dir: string): PolnearGold[] {
  const seen = new Set<string>();
  const out: PolnearGold[] = [];
  for (const f of fs.readdirSync(path.join(dir, "attributions")).sort()) {
    const doc = f.replace(/_[^_]+\.ann$/, "");
    if (seen.has(doc)) continue; // several annotators: keep the first
    seen.add(doc);
    const textFile = path.join(dir, "text", `${doc}.txt`);
    if (!fs.existsSync(textFile)) continue;
    const spans = new Map<string, { type: string; start: number; end: number; text: string; pieces: Array<[number, number]> }>();
    const links: Array<Record<string, string>> = [];
    for (const line of fs.readFileSync(path.join(dir, "attributions", f), "utf8").split("\n")) {
      const cols = line.split("\t");
      if (/^T\d+/.test(cols[0]) && cols.length >= 3) {
        const [type, ...rest] = cols[1].split(" ");
        const pieces = rest.join(" ").split(";").map((p) => p.trim().split(" ").map(Number));
        spans.set(cols[0], { type, start: Math.min(...pieces.map((p) => p[0])), end: Math.max(...pieces.map((p) => p[1])), text: cols[2], pieces: pieces.map((p) => [p[0], p[1]] as [number, number]).sort((a, b) => a[0] - b[0]) });
      } else if (/^E\d+/.test(cols[0])) {
        links.push(Object.fromEntries(cols[1].split(" ").map((kv) => kv.split(":")).map(([k, v]) => [k.replace(/\d+$/, ""), v])));
      }
    }
    const outside: GoldQuote[] = [];
    const quotes = links.flatMap((l) => {
      const content = spans.get(l.Content);
      const cue = spans.get(l.Cue);
      const source = l.Source ? spans.get(l.Source) : undefined;
      if (!content) return [];
      // NYT feeds write quote marks as doubled apostrophes (''...''): those contents are quoted too.
      const quoted = /["\u201C\u201D]|['\u2018\u2019]{2}/.test(content.text);
      if (!quoted && !(cue && SPEECH.test(cue.text.trim()))) {
        outside.push({ start: content.start, end: content.end, speaker: source ? source.text : null, ...(content.pieces.length > 1 ? { pieces: content.pieces } : {}) });
        return [];
      }
      // A discontinuous content ("A," he said. "B.") keeps its pieces: the words between them are no content.
      const pieces = content.pieces.length > 1 ? { pieces: content.pieces } : {};
      return [{ start: content.start, end: content.end, text: content.text, kind: quoted ? "direct" : "indirect", speaker: source ? source.text : null, cue: cue?.text ?? null, ...pieces }];
    });
    out.push({ doc, id: doc.slice(0, 40).toLowerCase().replace(/[^a-z0-9_-]/g, "-"), textFile: path.resolve(textFile), quotes, outside });
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const out = args[args.length - 1];
  const src = args.length > 1 ? args[0] : path.resolve(__dirname, "../../shared/dev-data/polnear-dev");
  if (!out) throw new Error("usage: tsx scripts/polnear-to-gold.ts [POLNEAR_DIR] OUT_DIR");
  if (path.resolve(out).startsWith(path.resolve(__dirname, ".."))) throw new Error("write the converted gold outside the repository");
  fs.mkdirSync(out, { recursive: true });
  const gold = polnearGold(src);
  for (const g of gold) fs.writeFileSync(path.join(out, `${g.doc}.json`), JSON.stringify({ id: g.id, textFile: g.textFile, quotes: g.quotes }, null, 1));
  console.log(`wrote ${gold.length} gold files with ${gold.reduce((t, g) => t + g.quotes.length, 0)} quotes to ${out}`);
}

if (require.main === module) main();
