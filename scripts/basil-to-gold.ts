// Reads BASIL's quoted bias spans (../shared/dev-data/basil-dev/annotations.jsonl) as gold for quote
// extraction: every phrase with `quote: yes` and a `speaker` is located in its article of `corpus/` and
// becomes a gold span with that speaker. BASIL gives offsets within ONE sentence of the original article,
// so each phrase is found by its text (curly and straight marks alike, any run of spaces); when the text
// occurs several times, the occurrence whose sentence starts `start` characters earlier wins, else the
// first. Speakers "other_pro", "other_anti", "other_neutral" are unnamed people (class "other"); names of
// groups ("Democratic_lawmakers", "House_Republicans") class "group"; the rest "named" (people and
// organisations). Usage: npx tsx scripts/basil-to-gold.ts [BASIL_DIR] prints the counts; the texts stay
// in dev-data, nothing is written.
import * as fs from "fs";
import * as path from "path";
import { normalizeChars } from "../src/corpus/normalize";
import { GoldQuote } from "../src/quotes/evaluate";

export const BASIL_SPEAKER_CLASSES = ["named", "group", "other"] as const;
export type BasilSpeakerClass = (typeof BASIL_SPEAKER_CLASSES)[number];

export interface BasilGoldQuote extends GoldQuote {
  speakerClass: BasilSpeakerClass;
}

export interface BasilArticleGold {
  id: string;
  outlet: string;
  story: string;
  textFile: string;
  quotes: BasilGoldQuote[];
  /** Quoted phrases whose text was not found in the article. */
  missing: number;
}

interface BasilPhrase {
  txt: string;
  start: number;
  end: number;
  quote: string;
  speaker: string;
}

const GROUP_WORDS = new Set(["lawmakers", "democrats", "republicans", "members", "officials", "companies", "plaintiffs"]);

/** The class of a BASIL speaker id and its name as words ("Democratic_lawmakers" -> group, "Democratic lawmakers"). */
export function basilSpeaker(id: string): { name: string; speakerClass: BasilSpeakerClass } {
  const name = id.replace(/_/g, " ").trim();
  if (/^other(_|$)/i.test(id)) return { name, speakerClass: "other" };
  const words = name.split(" ");
  const group = /^\p{Ll}/u.test(name) || words.some((w) => GROUP_WORDS.has(w.toLowerCase()));
  // A group's common nouns in lower case, as a text would write them ("Democratic Lawmakers" -> "Democratic lawmakers").
  return group ? { name: words.map((w) => (GROUP_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w)).join(" "), speakerClass: "group" } : { name, speakerClass: "named" };
}

/** Offsets of `phrase` in `text` (both normalised; spaces match any run of spaces), preferring a sentence start `hint` characters before. */
export function locatePhrase(text: string, phrase: string, hint: number): [number, number] | null {
  const norm = normalizeChars(text);
  const words = normalizeChars(phrase).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "g");
  let first: [number, number] | null = null;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const at: [number, number] = [m.index, m.index + m[0].length];
    first ??= at;
    const s = m.index - hint;
    if (s === 0 || (s > 0 && /[\s"']/.test(norm[s - 1]) && /[.!?"'\n]\s*$/.test(norm.slice(Math.max(0, s - 4), s)))) return at;
    if (m[0].length === 0) re.lastIndex++;
  }
  return first;
}

/**
 * BASIL's quoted, attributed spans for every article of the dev folder (annotations.jsonl and corpus/).
 * `texts` gives the article texts by id (as a loaded corpus holds them); default: read corpus/<id>.txt.
 */
export function basilGold(dir: string, texts?: ReadonlyMap<string, string>): BasilArticleGold[] {
  const out: BasilArticleGold[] = [];
  const lines = fs.readFileSync(path.join(dir, "annotations.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    let a: { id: string; outlet: string; story: string; phrases: BasilPhrase[] };
    try {
      a = JSON.parse(line);
    } catch (e) {
      throw new Error(`${path.join(dir, "annotations.jsonl")} line ${n + 1}: not JSON (${(e as Error).message})`);
    }
    const textFile = path.join(dir, "corpus", `${a.id}.txt`);
    const text = texts ? texts.get(a.id) : fs.existsSync(textFile) ? fs.readFileSync(textFile, "utf8").replace(/^\uFEFF/, "") : undefined;
    if (text === undefined) continue;
    const quotes: BasilGoldQuote[] = [];
    let missing = 0;
    for (const p of a.phrases ?? []) {
      if (p.quote !== "yes" || !p.speaker) continue;
      const at = locatePhrase(text, p.txt, p.start);
      if (!at) {
        missing++;
        continue;
      }
      const { name, speakerClass } = basilSpeaker(p.speaker);
      quotes.push({ start: at[0], end: at[1], text: text.slice(at[0], at[1]), kind: "quote", speaker: name, speakerClass });
    }
    out.push({ id: a.id, outlet: a.outlet, story: a.story, textFile, quotes, missing });
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? path.resolve(__dirname, "../../shared/dev-data/basil-dev");
  const gold = basilGold(dir);
  const count = (c: BasilSpeakerClass) => gold.reduce((t, g) => t + g.quotes.filter((q) => q.speakerClass === c).length, 0);
  console.log(`${gold.length} articles; quoted spans located: named ${count("named")}, groups ${count("group")}, unnamed ${count("other")}; not found ${gold.reduce((t, g) => t + g.missing, 0)}`);
}
