/**
 * Every rule the cleaner applies, in one place. A rule removes non-article text that would skew every
 * metric (video prompts, agency credits, comment footers, stray metadata). Each removal is logged with
 * the rule's id and reason: nothing disappears silently. To change what is removed, edit this list or
 * pass your own list as `parseArticle(text, { rules })`.
 */

export interface LineContext {
  /** 0-based index of the line among the file's non-blank lines. */
  nonBlankIndex: number;
  /** The previous non-blank line as it stood in the file (before any removal), or null. */
  previous: string | null;
}

export interface CleaningRule {
  id: string;
  reason: string;
  /**
   * `line` removes the whole line when `pattern` matches it; `prefix`/`suffix` remove only the matched
   * part at the start or end of the line (the pattern must be anchored accordingly).
   */
  scope: "line" | "prefix" | "suffix";
  pattern: RegExp;
  /** Optional extra condition on where the line stands. */
  when?: (ctx: LineContext) => boolean;
  /** Lines right after a line this rule removed are treated as picture or video captions. */
  marksNextAsCaption?: boolean;
}

export const DEFAULT_CLEANING_RULES: readonly CleaningRule[] = [
  {
    id: "video-player-prompt",
    reason: "video player prompt, not article text",
    scope: "line",
    pattern: /^\s*(please use (the )?\w+ browser for a more accessible video player|this video (is|can) not (be )?(available|played)|(watch|play) video\b.{0,40})\s*$/i,
    marksNextAsCaption: true,
  },
  {
    id: "source-marker",
    reason: "scraper marker ('Source Article'), not article text",
    scope: "line",
    pattern: /^\s*source article\s*$/i,
  },
  {
    id: "credit-line",
    reason: "publisher credit line ('Credit: The BBC')",
    scope: "line",
    pattern: /^\s*(credit|copyright|©)\s*:?\s+[^.]{1,80}$/i,
  },
  {
    id: "comment-policy",
    reason: "comment-policy footer",
    scope: "line",
    pattern: /^\s*(comments (have to|must|should) be\b.*|.*\bcommunity guidelines for posting\b.*|.*\bcomments? (are|is) (closed|moderated)\b.*)$/i,
  },
  {
    id: "picture-agency-credit",
    reason: "picture caption carrying an agency credit (REUTERS, AP, AFP, Getty, ...)",
    scope: "line",
    pattern: /(REUTERS ATTENTION EDITORS|\bPicture taken\b|\bREUTERS\/[A-Z]|\/Handout via REUTERS|\bvia REUTERS\b|\((AP|AFP|EPA) Photo\b|\b(Getty Images|AFP via Getty|AP Photo\/|EPA-EFE\/|Shutterstock)\b)/,
    marksNextAsCaption: true,
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
    pattern: /^\s*(advertisement|share this (article|story)|sign up (to|for) (our|the) newsletter.*|follow us on .{1,40}|skip advert)\s*$/i,
  },
];

/** Id of the built-in rule that drops a line repeating the previous kept line (repeated captions). */
export const REPEATED_LINE_RULE = {
  id: "repeated-line",
  reason: "exact repeat of the previous line (a caption printed twice)",
} as const;
