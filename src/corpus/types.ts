/**
 * The typed stages an article moves through: manifest entry -> raw file -> cleaned, parsed article.
 * Every offset (`start`, `end`) is a UTF-16 index into `ParsedArticle.text`, the file's decoded text
 * exactly as read (a leading byte-order mark is the only thing dropped), so any number can be traced
 * back to the characters that produced it: `article.text.slice(start, end)`.
 */

/** One article as described in a corpus manifest (see corpus/manifest.ts for the file format). */
export interface ManifestEntry {
  /** Unique id within the corpus; lower-case letters, digits, `-` and `_`. */
  id: string;
  /** Display name of the outlet ("BBC"). Several articles may share an outlet. */
  outlet: string;
  /** Path of the text file, relative to the corpus folder. */
  file: string;
  /** The headline as published, or null when the file carries none. */
  headline?: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  date?: string;
  country?: string;
  /**
   * The story (event) the article reports, an id shared by the articles that can be compared fact by
   * fact; absent: the whole corpus is one story (DEFAULT_STORY). Coverage is computed within each story.
   */
  story?: string;
  /** A readable name for the story, shown beside its id. */
  storyTitle?: string;
  /** Any further fields the manifest gives (original file name, how the outlet was identified, ...). */
  extra?: Record<string, unknown>;
}

export interface Manifest {
  /** Free-text name of the corpus. */
  title?: string;
  /**
   * Outlet groups: a group name -> the outlets in it (e.g. {"UK": ["BBC", "Sky News"]}), so any comparison
   * can also be made between groups. An outlet may sit in several groups; every outlet named must have an
   * article in the manifest.
   */
  groups?: Record<string, string[]>;
  articles: ManifestEntry[];
}

/** A half-open character range `[start, end)` into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** What a paragraph is, decided by the cleaner's layout rules. Analyses skip captions by default. */
export const PARAGRAPH_ROLES = ["headline", "subheading", "caption", "body"] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

/** One removal made by the cleaner: a whole line or the part of a line a rule matched. */
export interface CleaningLogEntry {
  /** Article id (or file name when parsing text without a manifest). */
  article: string;
  /** 1-based line number in the original file. */
  line: number;
  start: number;
  end: number;
  /** Id of the rule that removed it (see corpus/clean-rules.ts). */
  rule: string;
  /** Why the rule exists, in words. */
  reason: string;
  /** The removed text, as it stood in the file. */
  text: string;
}

/**
 * How much of an article's text the analyses will not see: words the cleaning rules removed plus words in
 * caption paragraphs (kept, but analyses skip captions). Counted in word tokens of the tokenizer (numbers
 * and punctuation excluded), so `keptWords + captionWords + removedWords === fileWords`.
 */
export interface LeftOut {
  /** Word tokens in the whole file. */
  fileWords: number;
  /** Word tokens in headline, subheadings and body: what analyses read. */
  keptWords: number;
  /** Word tokens in body paragraphs alone. */
  bodyWords: number;
  /** Word tokens removed by cleaning rules (see `ParsedArticle.cleaning`). */
  removedWords: number;
  /** Word tokens in caption paragraphs. */
  captionWords: number;
  /** `(removedWords + captionWords) / fileWords`; 0 for a file without words. */
  share: number;
  /** The words left out by rule id, plus `"caption role"` for captions; largest first. */
  byRule: Array<{ rule: string; words: number }>;
}

/** A non-fatal problem found while loading or parsing; the rest of the corpus goes on. */
export interface CorpusWarning {
  file: string;
  message: string;
}

export const TOKEN_KINDS = ["word", "number", "punctuation", "symbol", "other"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export interface Token extends Span {
  /** The token as written in the file. */
  text: string;
  /** Lower-cased, with curly quotes and apostrophes made straight. */
  norm: string;
  /** Dictionary form from wink-nlp's English model ("tensions" -> "tension", "said" -> "say"). */
  lemma: string;
  /** Universal POS tag from wink-nlp ("NOUN", "PROPN", "VERB", ...). */
  pos: string;
  kind: TokenKind;
  stop: boolean;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  role: ParagraphRole;
  /** The sentence as written. */
  text: string;
  /** Same length as `text`, with quotes, apostrophes, dashes and spaces normalised (offsets line up). */
  norm: string;
  /** Tokens are `article.tokens.slice(tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  index: number;
  role: ParagraphRole;
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** Sentences are `article.sentences.slice(sentenceStart, sentenceEnd)`. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** An article after validation, cleaning and parsing. Read-only: analyses never re-parse. */
export interface ParsedArticle {
  id: string;
  outlet: string;
  /** The decoded file text; every span points into it. */
  text: string;
  /** Same length as `text`, normalised character by character (see corpus/normalize.ts). */
  norm: string;
  headline: (Span & { text: string }) | null;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  cleaning: readonly CleaningLogEntry[];
  /** Words removed by cleaning or set aside as captions (see LeftOut). */
  leftOut: LeftOut;
  warnings: readonly CorpusWarning[];
  meta: ManifestEntry;
}

export interface Corpus {
  dir: string;
  title?: string;
  articles: ParsedArticle[];
  warnings: CorpusWarning[];
  /** The manifest's outlet groups, when it gives any (see Manifest.groups). */
  groups?: Record<string, string[]>;
}
