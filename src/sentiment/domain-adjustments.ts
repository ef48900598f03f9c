/**
 * Reviewed changes to AFINN-165 for political and international news. Each entry says why. The
 * improved strategy applies them by default; pass `adjustments: false` to switch them off, or your
 * own list to replace them. Multi-word entries are matched before single words.
 */
export interface LexiconAdjustment {
  /** A lower-case word or phrase (words separated by single spaces, straight apostrophes). */
  term: string;
  /** The value used instead of AFINN's (-5..5); 0 makes the term neutral. */
  value: number;
  reason: string;
}

export const DOMAIN_ADJUSTMENTS: readonly LexiconAdjustment[] = [
  { term: "top", value: 0, reason: "rank, not approval: 'top diplomats', 'top officials' (AFINN +2)" },
  { term: "luxury", value: 0, reason: "describes a venue ('a luxury Swiss hotel'), not the story's tone (AFINN +2)" },
  { term: "swift", value: 0, reason: "speed of a threatened punishment: 'a swift and severe response' (AFINN +2)" },
  { term: "like", value: 0, reason: "in news text mostly a preposition: 'like cyber attacks' (AFINN +2)" },
  { term: "kind", value: 0, reason: "mostly 'any kind of', 'this kind of' in news (AFINN +2)" },
  { term: "interest", value: 0, reason: "'national interests', 'interest rates': a stake, not a feeling (AFINN +1)" },
  { term: "interests", value: 0, reason: "as 'interest'" },
  { term: "funny", value: 0, reason: "'a funny thing' means odd, not amusing (AFINN +4)" },
  { term: "pretty", value: 0, reason: "an adverb of degree: 'pretty clear' (AFINN +1)" },
  { term: "united states", value: 0, reason: "a country's name; 'united' alone stays +1 ('a united response')" },
  { term: "united kingdom", value: 0, reason: "a country's name" },
  { term: "united nations", value: 0, reason: "an organisation's name" },
  { term: "incursion", value: -1, reason: "missing from AFINN; scored like 'invasion' and 'attack' (-1) so the choice between them does not itself move tone" },
  { term: "incursions", value: -1, reason: "as 'incursion'" },
];
