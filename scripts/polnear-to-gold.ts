// Converts PolNeAR brat annotations (../shared/dev-data/polnear-dev) into framelens gold JSON in OUT_DIR,
// keeping the subset comparable to quote extraction: attributions whose content carries quote marks or
// whose cue is a speech verb (said, told, added, according to, ...). Beliefs and intentions ("thinks",
// "hopes") are dropped. Usage: npx tsx scripts/polnear-to-gold.ts [POLNEAR_DIR] OUT_DIR
// Never write the output inside the repository: the texts belong to their publishers.
import * as fs from "fs";
import * as path from "path";

const SPEECH = /^(say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|according to|state|states|stated|announce[sd]?|announcing|claim(s|ed)?|warn(s|ed)?|insist(s|ed)?|argue[sd]?|argu(ing)|write|writes|wrote|tweet(s|ed)?|explain(s|ed)?|note[sd]?|den(y|ies|ied)|admit(s|ted)?|ask(s|ed)?|repl(y|ies|ied)|respond(s|ed)?|declare[sd]?|suggest(s|ed)?|report(s|ed)?|confirm(s|ed)?|accuse[sd]?|call(s|ed)?|describe[sd]?|predict(s|ed)?|vow(s|ed)?|urge[sd]?|promise[sd]?|reveal(s|ed)?|continue[sd]?|recall(s|ed)?|point(s|ed)? out)$/i;

function main(): void {
  const args = process.argv.slice(2);
  const out = args[args.length - 1];
  const src = args.length > 1 ? args[0] : path.resolve(__dirname, "../../shared/dev-data/polnear-dev");
  if (!out) throw new Error("usage: tsx scripts/polnear-to-gold.ts [POLNEAR_DIR] OUT_DIR");
  if (path.resolve(out).startsWith(path.resolve(__dirname, ".."))) throw new Error("write the converted gold outside the repository");
  fs.mkdirSync(out, { recursive: true });
  const seen = new Set<string>();
  let docs = 0;
  let quotes = 0;
  for (const f of fs.readdirSync(path.join(src, "attributions")).sort()) {
    const doc = f.replace(/_[^_]+\.ann$/, "");
    if (seen.has(doc)) continue; // several annotators: keep the first
    seen.add(doc);
    const textFile = path.join(src, "text", `${doc}.txt`);
    if (!fs.existsSync(textFile)) continue;
    const spans = new Map<string, { type: string; start: number; end: number; text: string }>();
    const links: Array<Record<string, string>> = [];
    for (const line of fs.readFileSync(path.join(src, "attributions", f), "utf8").split("\n")) {
      const cols = line.split("\t");
      if (/^T\d+/.test(cols[0]) && cols.length >= 3) {
        const [type, ...rest] = cols[1].split(" ");
        const pieces = rest.join(" ").split(";").map((p) => p.trim().split(" ").map(Number));
        spans.set(cols[0], { type, start: Math.min(...pieces.map((p) => p[0])), end: Math.max(...pieces.map((p) => p[1])), text: cols[2] });
      } else if (/^E\d+/.test(cols[0])) {
        links.push(Object.fromEntries(cols[1].split(" ").map((kv) => kv.split(":")).map(([k, v]) => [k.replace(/\d+$/, ""), v])));
      }
    }
    const gold = links.flatMap((l) => {
      const content = spans.get(l.Content);
      const cue = spans.get(l.Cue);
      const source = l.Source ? spans.get(l.Source) : undefined;
      if (!content) return [];
      const quoted = /["\u201C\u201D]/.test(content.text);
      if (!quoted && !(cue && SPEECH.test(cue.text.trim()))) return [];
      return [{ start: content.start, end: content.end, text: content.text, kind: quoted ? "direct" : "indirect", speaker: source ? source.text : null, cue: cue?.text ?? null }];
    });
    quotes += gold.length;
    docs++;
    fs.writeFileSync(path.join(out, `${doc}.json`), JSON.stringify({ id: doc.slice(0, 40).toLowerCase().replace(/[^a-z0-9_-]/g, "-"), textFile: path.resolve(textFile), quotes: gold }, null, 1));
  }
  console.log(`wrote ${docs} gold files with ${quotes} quotes to ${out}`);
}

main();
