/**
 * Verbs (and a few phrases) that introduce speech, by lemma, grouped by the stance they lend the speaker.
 * The grouping follows the newsroom guidance on attribution verbs (e.g. the AP Stylebook's advice to
 * prefer "said", and the "loaded" verbs it warns about): "claimed" doubts the speaker, "noted" endorses,
 * "admitted" or "insisted" colour, "warned" frames a threat.
 */
export const CUE_STANCES = ["neutral", "doubting", "endorsing", "conceding", "warning", "opinion"] as const;
export type CueStance = (typeof CUE_STANCES)[number];

export const STANCE_LABELS: Readonly<Record<CueStance, string>> = {
  neutral: "neutral (said, told, added)",
  doubting: "doubting (claimed, alleged)",
  endorsing: "endorsing (noted, revealed, pointed out)",
  conceding: "conceding or loaded (admitted, insisted, denied)",
  warning: "warning (warned, cautioned, threatened)",
  opinion: "opinion and demand (thinks, believes, urged)",
};

export const CUE_LEXICON: Readonly<Record<string, CueStance>> = {
  say: "neutral", tell: "neutral", add: "neutral", state: "neutral", announce: "neutral", report: "neutral", explain: "neutral",
  write: "neutral", tweet: "neutral", reply: "neutral", respond: "neutral", describe: "neutral", call: "neutral", ask: "neutral",
  comment: "neutral", remark: "neutral", speak: "neutral", "according to": "neutral", declare: "neutral", answer: "neutral", continue: "neutral",
  claim: "doubting", allege: "doubting", purport: "doubting", contend: "doubting",
  note: "endorsing", reveal: "endorsing", "point out": "endorsing", confirm: "endorsing", observe: "endorsing",
  admit: "conceding", insist: "conceding", deny: "conceding", concede: "conceding", maintain: "conceding", argue: "conceding", stress: "conceding",
  emphasise: "conceding", emphasize: "conceding", reiterate: "conceding", boast: "conceding", complain: "conceding", acknowledge: "conceding",
  warn: "warning", caution: "warning", threaten: "warning", vow: "warning",
  think: "opinion", believe: "opinion", suggest: "opinion", hint: "opinion", predict: "opinion", urge: "opinion", demand: "opinion",
  accuse: "opinion", blame: "opinion", criticise: "opinion", criticize: "opinion", hope: "opinion", promise: "opinion", agree: "opinion", expect: "opinion", propose: "opinion", recall: "opinion",
};

/** CUE_LEXICON as a map: attribution asks for the stance of every verb of the text. */
const STANCE_OF = new Map(Object.entries(CUE_LEXICON));

/** The stance of a cue lemma, or null when it is not a speech cue. */
export function cueStance(lemma: string): CueStance | null {
  return STANCE_OF.get(lemma) ?? null;
}

/** Cues that introduce direct speech only loosely: accepted next to quote marks, not for reported speech. */
export const DIRECT_ONLY_CUES = new Set(["continue", "call", "answer", "ask", "agree", "expect", "hope", "recall"]);
