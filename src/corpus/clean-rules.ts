/**
 * Every rule the cleaner applies, in one place. A rule removes non-article text that would skew every
 * metric (video prompts, agency credits, comment footers, stray metadata). Each removal is logged with
 * the rule's id, reason and exact offsets: nothing disappears silently. A rule removes only what it
 * matches (a credit, a prompt, a footer, a caption line), never the body text around it. To change what
 * is removed, edit this list or pass your own list as `parseArticle(text, { rules })`.
 */

export interface LineContext {
  /** 0-based index of the line among the file's non-blank lines. */
  nonBlankIndex: number;
  /** The previous non-blank line as it stood in the file (before any removal), or null. */
  previous: string | null;
}

/** How much of a line a rule removes; see `CleaningRule.scope`. */
export const RULE_SCOPES = ["line", "span", "prefix", "suffix"] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export function isRuleScope(x: unknown): x is RuleScope {
  return typeof x === "string" && (RULE_SCOPES as readonly string[]).includes(x);
}

/** Default `maxWords` of a `line` rule: a longer line holds body text, not just a credit or prompt. */
export const LINE_RULE_MAX_WORDS = 40;

export interface CleaningRule {
  id: string;
  reason: string;
  /**
   * What the rule removes. `line`: the whole line when `pattern` matches in it and the line has at most
   * `maxWords` words; in a longer line the rule cannot tell the thing it removes from the body text
   * around it, so it removes only the matched part (when that is shorter than the line) or nothing, and
   * leaves a note saying which. `span`: every match, wherever it stands; the rest of the line stays.
   * `prefix` / `suffix`: the match, only when it starts / ends the line (anchor the pattern accordingly).
   */
  scope: RuleScope;
  /** Matched against the normalised text (straight quotes, plain dashes and spaces). */
  pattern: RegExp;
  /**
   * A quick test that text holding a match of `pattern` always passes, typically a word every match
   * contains, with the pattern's case flag: a line (or part of one) that fails it is not searched with
   * `pattern`. Only a speed-up, since most lines hold no boilerplate and a pattern like the picture
   * credit's is slow to rule out; if it could fail where `pattern` matches, that line would not be
   * cleaned. Default: none (the pattern is always run).
   */
  prefilter?: RegExp;
  /** For `line` rules: the longest line, in words, removed whole; default LINE_RULE_MAX_WORDS (40). */
  maxWords?: number;
  /**
   * For `line` rules: the most sentences the line may hold outside the match and still be removed whole
   * (a caption is one sentence; body text is often more); default: no limit.
   */
  maxSentences?: number;
  /** Optional extra condition on where the line stands. */
  when?: (ctx: LineContext) => boolean;
  /** When this rule leaves nothing of a line, the next line (if unpunctuated and short) is its caption. */
  marksNextAsCaption?: boolean;
}

// Words that start a sentence or a title, not a photographer's or agency's name: "REUTERS/Jane Roe The
// Kremlin said" ends the credit at "Roe".
const NOT_NAME = String.raw`(?!(?:The|A|An|In|On|At|As|But|And|Or|So|He|She|It|They|We|I|You|This|That|These|Those|His|Her|Its|Their|Our|After|Before|While|When|If|Mr|Mrs|Ms|Dr|Sir|President|Prime|Minister|Secretary|Senator|Sen|General|Gen|King|Queen|Pope)\b)`;
// No "(?=[A-Z])" guard here: in Node 20's V8 it makes the compiled (tiered-up) regex start the match one
// word late ("Roe/AFP" for "Jane Roe/AFP") once the pattern has run a few times.
const NAME_WORD = String.raw`\b${NOT_NAME}(?:[A-Z]\.|[A-Z](?:[\w'&-]|\.(?=\w))*)`;
// A capitalised name of one to five words ("Jonathan Ernst", "Ukrainian Presidential Press Service",
// "J. Scott Applewhite"); a word ends without a full stop unless it is an initial, so "Tuesday. Jane Roe"
// gives "Jane Roe".
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,4}`;
// A photographer after the agency ("REUTERS/Jonathan Ernst"): at most three words.
const PHOTOGRAPHER = String.raw`${NAME_WORD}(?: ${NAME_WORD}){0,2}`;
// Longest names first, so that "AFP via Getty Images" is not cut short at "AFP".
const AGENCY_NAMES = String.raw`AFP via Getty Images|REX\/Shutterstock|Getty Images|Anadolu Agency|SOPA Images|PA Wire|PA Media|EPA-EFE|REUTERS|Reuters|Shutterstock|Bloomberg|NurPhoto|Xinhua|Alamy|AFP|EPA|dpa|AP|PA`;
const AGENCY = String.raw`(?:${AGENCY_NAMES})(?![\w-])`;
// Agencies whose "Name/Agency" form is only ever a credit ("Ipsos/Reuters poll" and "Selzer/Bloomberg" are not).
const SLASH_AGENCY = String.raw`(?:AFP via Getty Images|REX\/Shutterstock|Getty Images|SOPA Images|PA Wire|PA Media|EPA-EFE|REUTERS|Shutterstock|NurPhoto|AFP|EPA|dpa)(?![\w-])`;
const PHOTO_LABEL = String.raw`(?:Photo(?:graph)?|Picture|Image)(?:(?: source| credit)?\s*:|(?: source| credit),)\s*`;

/**
 * Credit-shaped text only: an agency credit as picture desks write it, never a mere mention of an agency
 * ("Getty Images said on Monday ..." matches none of these). Every alternative names an agency of
 * AGENCY_NAMES (REUTERS, EPA, AP and AFP spelt out, or AGENCY / SLASH_AGENCY, whose names are all in
 * that list), which makes AGENCY_MENTION a sound prefilter.
 */
const PICTURE_CREDIT = [
  // Reuters handouts and their boilerplate: "Picture taken January 18, 2022. Ukrainian Defence Ministry/Handout via REUTERS ATTENTION EDITORS - ..."
  String.raw`(?:Picture taken [A-Z][a-z]+ \d{1,2}, \d{4}\.\s+)?(?:(?:${NAME}\/)?Handout|${NAME}) via REUTERS(?: ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY\.?)?`,
  String.raw`REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY\.?`,
  // Photographer and agency: "REUTERS/Jonathan Ernst", "EPA-EFE/Name", "AP Photo/Name", "Name/AFP via Getty Images", "Rex/Shutterstock"
  String.raw`(?:REUTERS|EPA-EFE|EPA|AP Photo)\/${PHOTOGRAPHER}(?:\/File(?: Photo)?)?`,
  String.raw`${NAME} ?\/ ?${SLASH_AGENCY}`,
  // Labelled or bracketed credits: "Photo: Getty Images", "Image source, Getty Images", "(AP Photo/Name)", "(Getty Images)"
  String.raw`${PHOTO_LABEL}(?:${NAME} ?\/ ?)?${AGENCY}`,
  String.raw`\((?:Photo(?:graph)?(?: by|:) ?(?:${NAME} ?\/ ?)?${AGENCY}|${NAME} ?\/ ?${SLASH_AGENCY}|Getty Images|AFP via Getty Images|Shutterstock|REX\/Shutterstock)\)`,
  String.raw`\((?:AP|AFP|EPA) Photo(?:\/${PHOTOGRAPHER})?(?:, File)?\)`,
  String.raw`AFP via Getty Images`,
].join("|");

/** Prefilter of the credit rules: any agency name, as written in a credit (case-sensitive, as they are). */
const AGENCY_MENTION = new RegExp(AGENCY_NAMES);

// A footer starts a line or a sentence; these lookbehinds keep a rule from starting mid-sentence.
const AT_SENTENCE_START = String.raw`(?<=^|[.!?"')\]]\s{1,3})`;

export const DEFAULT_CLEANING_RULES: readonly CleaningRule[] = [
  {
    id: "video-player-prompt",
    reason: "video player prompt, not article text",
    scope: "span",
    pattern: /please use (?:the )?\w+ browser for a more accessible video player|this video (?:is|can) ?not (?:be )?(?:available|played)/i,
    prefilter: /video/i,
    marksNextAsCaption: true,
  },
  {
    id: "watch-video-link",
    reason: "link to a video ('Watch video: ...'), not article text",
    scope: "line",
    pattern: /^\s*(?:watch|play) (?:the )?video\b.{0,60}$/i,
    maxWords: 12,
    marksNextAsCaption: true,
  },
  {
    id: "source-marker",
    reason: "scraper marker ('Source Article'), not article text",
    scope: "suffix",
    pattern: new RegExp(`${AT_SENTENCE_START}source article\\s*$`, "i"),
    prefilter: /source article/i,
  },
  {
    id: "credit-line",
    reason: "publisher credit line ('Credit: The BBC')",
    scope: "suffix",
    pattern: new RegExp(`${AT_SENTENCE_START}(?:(?:Credit|CREDIT|Copyright|COPYRIGHT)\\s*:|©|Copyright (?:\\(c\\) |© )?\\d{4})\\s*[^.:]{1,80}$`),
    prefilter: /Credit|CREDIT|Copyright|COPYRIGHT|©/,
  },
  {
    id: "comment-policy",
    reason: "comment-policy footer",
    scope: "suffix",
    pattern: new RegExp(
      `${AT_SENTENCE_START}(?:comments? (?:have to|must|should) be (?:in english|written|civil|respectful|on topic|relevant)|comments? (?:are|is) (?:now )?(?:closed|moderated|pre-moderated)(?=[.!]|\\s*$)|(?:please )?(?:abide|read|follow|see|respect) (?:by |to )?(?:our|the) (?:community guidelines|comment(?:ing|s)? (?:guidelines|policy|rules)))[^]{0,400}$`,
      "i",
    ),
    prefilter: /comment|community guidelines/i,
  },
  {
    id: "picture-agency-credit",
    reason: "picture caption (one sentence) ending in an agency credit (REUTERS, AP, AFP, Getty, ...), or a line that is only the credit",
    scope: "line",
    pattern: new RegExp(`(?:${PICTURE_CREDIT}|^\\s*${AGENCY})\\s*$`),
    prefilter: AGENCY_MENTION,
    maxWords: 80,
    maxSentences: 1,
    marksNextAsCaption: true,
  },
  {
    id: "inline-picture-credit",
    reason: "agency picture credit inside a line that also holds other text; only the credit is removed",
    scope: "span",
    pattern: new RegExp(PICTURE_CREDIT),
    prefilter: AGENCY_MENTION,
  },
  {
    id: "publication-metadata",
    reason: "publication or update time stamp, kept in the manifest instead",
    scope: "line",
    pattern: /^\s*(published|updated|last updated|first published)\s*:?\s*.{0,30}\b(19|20)\d\d\b.{0,20}$/i,
  },
  {
    id: "stray-date-prefix",
    reason: "stray metadata ('date YYYY-MM-DD') glued to the start of the text; its date is wrong metadata",
    scope: "prefix",
    pattern: /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i,
  },
  {
    id: "site-section-suffix",
    reason: "site section label after the headline ('| World News')",
    scope: "suffix",
    pattern: /\s+\|\s+[A-Z][\w &'-]{1,30}$/,
    when: (ctx) => ctx.nonBlankIndex === 0,
  },
  {
    id: "share-and-subscribe",
    reason: "sharing, newsletter or advertising prompt",
    scope: "line",
    pattern: /^\s*(advertisement|share this (article|story)|sign up (to|for) (our|the) newsletter.{0,80}|follow us on .{1,40}|skip advert)\s*$/i,
  },
];

/** Id of the built-in rule that drops a line repeating the previous kept line (repeated captions). */
export const REPEATED_LINE_RULE = {
  id: "repeated-line",
  reason: "exact repeat of the previous line (a caption printed twice)",
} as const;

const compiled = new WeakMap<RegExp, { once: RegExp; all: RegExp }>();
/** A rule's pattern without and with the global flag (a user's /g or /y pattern keeps no state here). */
function patterns(re: RegExp): { once: RegExp; all: RegExp } {
  let c = compiled.get(re);
  if (!c) {
    const flags = re.flags.replace(/[gy]/g, "");
    c = { once: new RegExp(re.source, flags), all: new RegExp(re.source, flags + "g") };
    compiled.set(re, c);
  }
  return c;
}

/** A rule with its patterns looked up once per article rather than once per line. */
export interface CompiledRule {
  rule: CleaningRule;
  once: RegExp;
  all: RegExp;
  /** The rule's prefilter without /g or /y (so `test` keeps no state), or null. */
  prefilter: RegExp | null;
}

export function compileRule(rule: CleaningRule): CompiledRule {
  const { once, all } = patterns(rule.pattern);
  return { rule, once, all, prefilter: rule.prefilter ? patterns(rule.prefilter).once : null };
}

/**
 * `rules.map(compileRule)`, made once per list of rules and given back while the list holds the same
 * rules (checked rule by rule, so a list changed in place is compiled again). Why: every article was
 * compiling its own wrappers, and V8 widened the wrappers' hidden class when the first rule with a
 * prefilter came after one without, throwing out the optimised cleaner in every worker thread.
 */
export function compileRules(rules: readonly CleaningRule[]): readonly CompiledRule[] {
  const kept = compiledLists.get(rules);
  if (kept && kept.length === rules.length && kept.every((c, i) => c.rule === rules[i])) return kept;
  const made = rules.map(compileRule);
  compiledLists.set(rules, made);
  return made;
}

const compiledLists = new WeakMap<readonly CleaningRule[], CompiledRule[]>();

/** Throws when a rule has an unknown scope, naming the rule, the scope and the scopes allowed. */
export function checkRules(rules: readonly CleaningRule[]): void {
  for (const r of rules) {
    if (!isRuleScope(r.scope)) throw new Error(`cleaning rule "${r.id}": unknown scope "${String(r.scope)}"; expected one of ${RULE_SCOPES.join(", ")}`);
  }
}
