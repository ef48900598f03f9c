/* eslint-disable @typescript-eslint/no-var-requires */
let analyzer: { polarity_scores(text: string): { compound: number } } | null = null;

/**
 * VADER's compound score (Hutto & Gilbert 2014) from the `vader-sentiment` port: -1 (most negative)
 * to 1, a second lexicon and rule set to check AFINN's ordering against. Empty text gives 0.
 */
export function vaderCompound(text: string): number {
  if (!analyzer) analyzer = require("vader-sentiment").SentimentIntensityAnalyzer;
  return analyzer!.polarity_scores(text).compound;
}
