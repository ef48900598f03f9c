import * as fs from "fs";
import { CorpusError } from "../corpus/errors";
import { ParsedArticle } from "../corpus/types";
import { TermCountsPart, TermOptions, sameTermOptions, termCountsPart } from "./terms";

/**
 * Parses a background frequency list for the log-odds prior: one `term<TAB or comma>count` per line, as
 * from a reference corpus (e.g. a word list of a large news corpus). Blank lines and lines starting with
 * `#` are skipped, and so is a first line whose count is not a number (a header). Terms are lower-cased
 * and trimmed to match framelens terms (lemmas; two-word phrases with one space); counts of a term listed
 * twice add up. Returns term -> count. Throws a CorpusError naming `file` and the line for a line without
 * a count, a count that is not a non-negative number, or a list with no entries.
 */
export function parseFrequencyList(text: string, file: string): Map<string, number> {
  const out = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let first = true;
  let header = "";
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const isFirst = first;
    first = false;
    const m = /^(.+?)\s*[\t,]\s*([^\t,]+)$/.exec(line);
    if (!m) throw new CorpusError(file, `line ${i + 1}: expected "term<TAB>count" or "term,count", got ${JSON.stringify(line.slice(0, 60))}`);
    const count = Number(m[2]);
    if (!Number.isFinite(count) || count < 0) {
      if (isFirst && !/^[-+.\d]/.test(m[2])) {
        header = ` (line ${i + 1}, ${JSON.stringify(line.slice(0, 60))}, was taken for a header)`;
        return;
      }
      throw new CorpusError(file, `line ${i + 1}: count ${JSON.stringify(m[2])} is not a non-negative number`);
    }
    const term = m[1].trim().toLowerCase().replace(/\s+/g, " ");
    out.set(term, (out.get(term) ?? 0) + count);
  });
  if (out.size === 0) throw new CorpusError(file, `no term counts found${header}; expected lines of term<TAB>count`);
  return out;
}

/** Reads and parses a background frequency list file (see parseFrequencyList); a missing file is a CorpusError. */
export function loadFrequencyList(file: string): Map<string, number> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CorpusError(file, `cannot read the background frequency list (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseFrequencyList(text, file);
}

/**
 * Share of the corpus's unigram occurrences (content-word lemmas, as distinctiveTerms counts them) whose
 * term the background lists. A background that misses most of the corpus puts the whole prior on the few
 * words it lists and inflates their z-scores: below 0.5, prefer the pooled prior. 0 for an empty corpus.
 * Same as backgroundCoverageFromParts on each article's termCountsPart (unigrams only).
 */
export function backgroundCoverage(articles: readonly ParsedArticle[], background: ReadonlyMap<string, number>, options: TermOptions = {}): number {
  return backgroundCoverageFromParts(articles.map((a) => termCountsPart(a, { ...options, ngrams: [1] })), background);
}

/**
 * backgroundCoverage from per-article term counts (termCountsPart or emphasisPart): the share of the
 * parts' unigram occurrences whose term the background lists (a sum of counts: the parts' order does not
 * matter). Throws when the parts were counted with different term options or without unigrams. 0 for no
 * parts or no unigrams.
 */
export function backgroundCoverageFromParts(parts: readonly Pick<TermCountsPart, "articleId" | "termOptions" | "terms">[], background: ReadonlyMap<string, number>): number {
  const termOptions = sameTermOptions(parts, "backgroundCoverageFromParts");
  if (termOptions && !termOptions.ngrams.includes(1)) throw new Error(`backgroundCoverageFromParts: the parts were counted with ngrams ${JSON.stringify(termOptions.ngrams)}; background coverage needs unigrams (ngrams including 1)`);
  let all = 0;
  let listed = 0;
  for (const p of parts)
    for (const [k, v] of p.terms) {
      if (k.includes(" ")) continue;
      all += v;
      if ((background.get(k) ?? 0) > 0) listed += v;
    }
  return all ? listed / all : 0;
}
