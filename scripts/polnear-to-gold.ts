// Converts PolNeAR brat annotations (../shared/dev-data/polnear-dev) into framelens gold, keeping the
// subset comparable to quote extraction: attributions whose content carries quote marks (", curly, or a
// doubled apostrophe '') or whose cue is a speech act (isSpeechCue: "said", "has said", "is warning",
// "according to", ...) or is the colon after a named source ("Pence: ...", "WALLACE: ..."). Beliefs, intentions and evidence ("thinks", "hopes", "shows") are left out. `npm run eval:quotes` reads it in memory (polnearGold); to write gold JSON files:
// npx tsx scripts/polnear-to-gold.ts [POLNEAR_DIR] OUT_DIR
// Never write the output inside the repository: the texts belong to their publishers.
import * as fs from "fs";
import * as path from "path";
import { GoldQuote } from "../src/quotes/evaluate";

/**
 * Verbs of saying by lemma, those that introduce what was said as a clause or a quotation: the reporting
 * verbs this gold kept before (say, tell, add, ... call, describe, accuse) and the clause-taking speech
 * verbs issue 13 names (assure, lament, assert, ...). Beliefs, intentions and evidence (think, hope,
 * want, plan, believe, show, find) are not in it, nor verbs whose content is mostly a noun phrase
 * (cite, attack, praise, reject, agree, decline, discuss: "Clinton cited derogatory comments"), which
 * PolNeAR annotates as attributions but no quote extractor reports as quotes. Chosen for the gold, not
 * taken from framelens' cue lexicon, so that what the extractor misses still counts against it.
 */
const SPEECH_VERBS = new Set(("say tell add state announce claim warn insist argue write tweet retweet email explain note deny admit " +
  "ask reply respond declare suggest report confirm accuse call describe predict vow urge promise reveal continue recall " +
  "acknowledge emphasize emphasise stress assert contend observe remark comment complain concede caution reiterate testify " +
  "joke assure lament advise shout interject gush repeat conclude remind implore exclaim fume speculate retort plead " +
  "allege maintain quip counter boast brag charge pledge indicate demand threaten propose").split(" "));

/** Cue phrases whose verb alone is no speech verb: "according to", "as X put it", "pointed out/to", "called for/on". */
const SPEECH_PHRASES = /^(according to|put it|point(s|ed|ing)? (out|to))\b/;

/** Words that may stand before the cue's verb: auxiliaries, negation (and any word in n't), adverbs of time and manner. */
const BEFORE_VERB = new Set("has have had is are was were be been being will would could can may might shall should did does do not never also later then again previously publicly repeatedly recently earlier once first still often frequently just already immediately privately angrily loudly flatly now long further even together went on to".split(" "));

const IRREGULAR: Record<string, string> = { said: "say", says: "say", told: "tell", wrote: "write", written: "write", spoke: "speak", spoken: "speak", sang: "sing", sung: "sing" };

/** The lemma candidates of an inflected verb form: itself, and the form without -s/-es/-ies, -ed/-d/-ied, -ing (with a doubled consonant or a final e restored). */
function lemmaCandidates(w: string): string[] {
  if (IRREGULAR[w]) return [IRREGULAR[w]];
  const out = [w];
  const strip = (suffix: string, ...endings: string[]) => {
    if (!w.endsWith(suffix) || w.length <= suffix.length + 1) return;
    const stem = w.slice(0, -suffix.length);
    for (const e of endings) out.push(stem + e);
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) out.push(stem.slice(0, -1));
  };
  strip("ies", "y");
  strip("ied", "y");
  strip("es", "", "e");
  strip("s", "");
  strip("ed", "", "e");
  strip("ing", "", "e");
  return out;
}

/**
 * Whether a PolNeAR cue (as annotated: "said", "has said", "also said", "said:", "said Monday", "is
 * warning", "according to", "put it") is a speech act: its first word after auxiliaries, negation and
 * adverbs is a speech verb (SPEECH_VERBS) in any inflection, or it is one of SPEECH_PHRASES. A cue of
 * punctuation alone (":", a dash) is not.
 */
export function isSpeechCue(cue: string): boolean {
  const words = cue.toLowerCase().replace(/[\u2018\u2019]/g, "'").split(/[^a-z']+/).filter(Boolean);
  let i = 0;
  while (i < words.length && (BEFORE_VERB.has(words[i]) || words[i].endsWith("n't") || (words[i].endsWith("ly") && words[i].length > 4))) i++;
  if (i >= words.length) return false;
  if (SPEECH_PHRASES.test(words.slice(i).join(" "))) return true;
  return lemmaCandidates(words[i]).some((l) => SPEECH_VERBS.has(l));
}

export interface PolnearGold {
  /** The document name (file name without .txt). */
  doc: string;
  id: string;
  textFile: string;
  quotes: Array<GoldQuote & { cue: string | null }>;
  /** The document's other attributions (beliefs, intentions, cues outside SPEECH): not scored, for diagnosis only. */
  outside: Array<GoldQuote & { cue: string | null }>;
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
    const outside: Array<GoldQuote & { cue: string | null }> = [];
    const quotes = links.flatMap((l) => {
      const content = spans.get(l.Content);
      const cue = spans.get(l.Cue);
      const source = l.Source ? spans.get(l.Source) : undefined;
      if (!content) return [];
      // NYT feeds write quote marks as doubled apostrophes (''...''): those contents are quoted too. So are
      // contents in single curly marks (headlines: 'Warren: \u2018You Should Be Investigated\u2019'); a left
      // single mark is no apostrophe.
      const quoted = /["\u201C\u201D\u2018]|['\u2019]{2}/.test(content.text);
      // "Pence: Trump Was Mocking Clinton Camp", "WALLACE: Let's start ...": a colon after a named source is
      // the headline's and the transcript's way of attributing speech.
      const labelled = cue !== undefined && cue.text.trim() === ":" && source !== undefined;
      if (!quoted && !labelled && !(cue && isSpeechCue(cue.text))) {
        outside.push({ start: content.start, end: content.end, speaker: source ? source.text : null, cue: cue?.text ?? null, ...(content.pieces.length > 1 ? { pieces: content.pieces } : {}) });
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
