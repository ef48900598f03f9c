import { RawToken, Tokenized, Tokenizer, isWinkTokenizer } from "./tokenize";

/** What joins the lines tokenizeLines hands to wink-nlp as one text: a blank line, where wink ends a sentence. */
const LINE_JOIN = "\n\n";

/**
 * `texts.map(tokenizer)`, each result relative to its own text, in fewer calls for a tokenizer of
 * makeWinkTokenizer: wink-nlp reads the lines as one text joined by blank lines (one `readDoc` per
 * article instead of one per paragraph, which costs wink about 25 microseconds a call: 0.7 of 4 CPU
 * seconds on the 30,318 paragraphs of the benchmark corpus), and the tokens are dealt back to their
 * lines. wink ends a sentence at a blank line and tags parts of speech within a sentence, so the tokens,
 * lemmas, tags and sentences are those of one call per line; where they could not be (a sentence or a
 * token that would run from one line into the next), every line is tokenized alone, as before.
 */
export function tokenizeLines(texts: readonly string[], tokenizer: Tokenizer): Tokenized[] {
  if (!isWinkTokenizer(tokenizer) || texts.length < 2) return eachAlone(texts, tokenizer);
  return dealToLines(texts, tokenizer(texts.join(LINE_JOIN))) ?? eachAlone(texts, tokenizer);
}

/**
 * Each text tokenized on its own. A loop rather than `texts.map`: parseArticle, which inlines this, is
 * given lists of no text and of some (an article with nothing removed, or something), and the map
 * builtin's check of the list's element kind threw its optimised code out the first time the other came
 * (each recompilation of parseArticle costs V8's compiler about 30 ms, in every worker thread).
 */
function eachAlone(texts: readonly string[], tokenizer: Tokenizer): Tokenized[] {
  const out: Tokenized[] = [];
  for (let i = 0; i < texts.length; i++) out.push(tokenizer(texts[i]));
  return out;
}

/**
 * The tokens and sentences of `joined` (the tokenization of `texts` joined by LINE_JOIN) dealt to their
 * lines, offsets and indexes made relative to each line; null if a token or sentence crosses a line's end.
 * The lines' tokens are `joined`'s own objects, changed in place (so `joined` is not to be used after).
 */
export function dealToLines(texts: readonly string[], joined: Tokenized): Tokenized[] | null {
  const out: Tokenized[] = [];
  const { tokens, sentences } = joined;
  let t = 0;
  let s = 0;
  let base = 0;
  for (const text of texts) {
    const end = base + text.length;
    const firstToken = t;
    const lineTokens: RawToken[] = [];
    for (; t < tokens.length && tokens[t].start < end; t++) {
      const tok = tokens[t];
      if (tok.start < base || tok.end > end) return null;
      tok.start -= base;
      tok.end -= base;
      lineTokens.push(tok);
    }
    const lineSentences: Array<[number, number]> = [];
    for (; s < sentences.length && sentences[s][0] < t; s++) {
      const [a, b] = sentences[s];
      if (b >= t) return null;
      for (let k = a; k <= b; k++) tokens[k].sentence = lineSentences.length;
      lineSentences.push([a - firstToken, b - firstToken]);
    }
    out.push({ tokens: lineTokens, sentences: lineSentences });
    base = end + LINE_JOIN.length;
  }
  return out;
}
