import { actorById } from "../actors/registry";
import { AttributionContext, Speaker, resolvePhrase } from "./attribute";
import { tokenEndingFrom, tokenFrom } from "./lookup";

// A headline in the form "Speaker: what they said" ("Pence: Trump Was 'Mocking' Clinton Camp",
// "Politifact: Donald Trump Is Right"): the label before the colon names who is reported.

/** Labels that open a headline but name no speaker ("Analysis: ...", "Live updates: ..."). */
const NOT_SPEAKERS = new Set(["analysis", "opinion", "exclusive", "update", "updates", "live", "breaking", "watch", "video", "photos", "explainer", "review", "editorial",
  "timeline", "factbox", "poll", "q&a", "interview", "correction", "fact", "check", "the", "latest", "news", "report", "commentary", "letters", "obituary", "sponsored"]);

/** At most this many words in the label. */
const LABEL_WORDS = 4;

/**
 * The speaker label of the article's first sentence when it is "Name: words" and is the headline or opens
 * the first paragraph: the label is one to four capitalised names or nouns, none of them a section word
 * (NOT_SPEAKERS), whose last word the article writes capitalised inside a later sentence (a name, not a
 * section such as "Health:"), and at least three words follow the colon. Reads the article's tokens once at most. Returns the speaker and the
 * reported words [start, end) (trailing punctuation left out), or null.
 */
export function headlineLabel(ctx: AttributionContext): { speaker: Speaker; start: number; end: number; sentence: number } | null {
  const { article } = ctx;
  const s = article.sentences[0];
  if (!s || s.role === "caption") return null;
  const tokens = article.tokens;
  const nameWord = (k: number) => /^\p{Lu}/u.test(tokens[k].text) && !NOT_SPEAKERS.has(tokens[k].norm) && (tokens[k].pos === "PROPN" || tokens[k].pos === "NOUN");
  let colon = s.tokenStart;
  while (colon < s.tokenEnd && colon - s.tokenStart < LABEL_WORDS && nameWord(colon)) colon++;
  if (colon === s.tokenStart || colon >= s.tokenEnd || tokens[colon].norm !== ":") return null;
  // A name, not a section ("Health: ..."): the label's last word is written capitalised inside a later
  // sentence ("Gov. Mike Pence said"); the tagger may read it as a noun either way.
  const last = tokens[colon - 1].norm;
  let named = false;
  for (let k = s.tokenEnd + 1; k < tokens.length && !named; k++) named = tokens[k].norm === last && /^\p{Lu}/u.test(tokens[k].text) && tokens[k - 1].sentence === tokens[k].sentence;
  if (!named) return null;
  const words = tokens.slice(colon + 1, s.tokenEnd).filter((x) => x.kind === "word").length;
  if (words < 3) return null;
  let end = s.end;
  while (end > tokens[colon].end && /[\s.;:!?]/.test(article.norm[end - 1])) end--;
  let start = tokens[colon].end;
  while (start < end && /\s/.test(article.norm[start])) start++;
  return { speaker: resolvePhrase(ctx, s.tokenStart, colon - 1), start, end, sentence: s.index };
}

/** A transcript label: one to three words in capitals, then a colon ("WALLACE:", "SEN. COLE:"). */
const TRANSCRIPT_LABEL = /^["'\u201C\u2018\s]*((?:[A-Z][A-Z.'\u2019-]+\s){0,2}[A-Z][A-Z.'\u2019-]+):\s*/;

/** Words in capitals that open a paragraph but name no speaker ("UPDATE:", "NOTE:"). */
const NOT_TRANSCRIPT_SPEAKERS = new Set(["UPDATE", "NOTE", "EDITOR'S NOTE", "CORRECTION", "CLARIFICATION", "WATCH", "READ", "RELATED", "PHOTOS", "VIDEO", "ADVERTISEMENT", "Q", "A"]);

/**
 * The turns of a transcript printed in the article ('"WALLACE: Let's start with ...', 'PENCE: Well, look,
 * ...'): paragraphs opening with a speaker label in capitals and a colon, when at least two paragraphs do
 * (one such paragraph is more often a dateline or a note). Each turn: its speaker and the words after the
 * label to the paragraph's end, or past the paragraphs after it that open with a quote mark and no label
 * (one quotation over several paragraphs), [start, end) without surrounding quote marks. Captions are skipped. No
 * transcript gives [].
 */
export function transcriptTurns(ctx: AttributionContext): Array<{ speaker: Speaker; start: number; end: number; sentence: number }> {
  const { article } = ctx;
  const found: Array<{ label: [number, number]; start: number; end: number; sentence: number }> = [];
  const trimmedEnd = (from: number, to: number) => {
    while (to > from && /[\s"'\u201C\u201D\u2018\u2019]/.test(article.text[to - 1])) to--;
    return to;
  };
  // The turn the previous paragraph belongs to: a paragraph opening with a quote mark and no label goes on
  // with it (a quotation over several paragraphs opens each with a mark).
  let turn: (typeof found)[number] | null = null;
  for (const p of article.paragraphs) {
    if (p.role === "caption" || p.sentenceEnd <= p.sentenceStart) {
      turn = null;
      continue;
    }
    const m = TRANSCRIPT_LABEL.exec(article.text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || NOT_TRANSCRIPT_SPEAKERS.has(m[1].replace(/\u2019/g, "'"))) {
      if (turn && /^["\u201C]/.test(article.text.slice(p.start, p.start + 1))) turn.end = Math.max(turn.end, trimmedEnd(p.start, p.end));
      else turn = null;
      continue;
    }
    const labelStart = p.start + m[0].indexOf(m[1]);
    let start = p.start + m[0].length;
    const end = trimmedEnd(start, p.end);
    while (start < end && /["'\u201C\u2018]/.test(article.text[start])) start++;
    if (end - start < 2) {
      turn = null;
      continue;
    }
    turn = { label: [labelStart, labelStart + m[1].length], start, end, sentence: p.sentenceStart };
    found.push(turn);
  }
  if (found.length < 2) return [];
  return found.map(({ label, start, end, sentence }) => {
    return { speaker: labelSpeaker(ctx, resolvePhrase(ctx, tokenFrom(article, label[0]), tokenEndingFrom(article, label[1]))), start, end, sentence };
  });
}

/**
 * A label in capitals ("PENCE") that the registry does not know as written names the actor the article
 * mentions under that surname ("Gov. Mike Pence"): that actor as speaker, the label kept as written. Else
 * the label's own reading.
 */
function labelSpeaker(ctx: AttributionContext, speaker: Speaker): Speaker {
  if (speaker.actorId) return speaker;
  const surname = speaker.text.toLowerCase().split(/\s+/).pop() ?? "";
  for (const m of ctx.mentions) {
    const actor = actorById(ctx.registry, m.actorId);
    if (!actor || actor.kind !== "person" || actor.name.toLowerCase().split(/\s+/).pop() !== surname) continue;
    return { ...speaker, name: actor.name, actorId: actor.id, side: actor.side, personLike: true };
  }
  return speaker;
}
