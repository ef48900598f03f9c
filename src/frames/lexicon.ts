/**
 * The five generic news frames of Semetko & Valkenburg (2000), detected by indicator words derived from
 * their 20 questionnaire items (in brackets below). A sentence carries a frame when it contains one of
 * its indicators (matched on lemmas; multi-word indicators as phrases). This is a reviewed, replaceable
 * lexicon: pass your own FrameLexicon to detectFrames. It sees words, not arguments: read the evidence.
 * Words with a common non-moral sense are left out or kept only in phrases ("right" fires on "the right
 * track", so only "human right(s)" and "right and wrong" count).
 */
export const FRAMES = ["conflict", "responsibility", "economic", "human interest", "morality"] as const;
export type Frame = (typeof FRAMES)[number];

export interface FrameDefinition {
  frame: Frame;
  /** The questionnaire items the indicators stand for. */
  items: string;
  /** Lemmas or lower-case phrases ("red line"). */
  indicators: string[];
}

export type FrameLexicon = readonly FrameDefinition[];

export const DEFAULT_FRAME_LEXICON: FrameLexicon = [
  {
    frame: "conflict",
    items: "disagreement between parties; one party reproaches another; two sides or more than two sides; winners and losers",
    indicators: ["disagree", "disagreement", "conflict", "clash", "dispute", "tension", "accuse", "blame", "reproach", "criticize", "criticise", "condemn", "condemnation", "confront", "confrontation", "confrontational", "rival", "oppose", "opponent", "stand-off", "impasse", "reject", "refuse", "threat", "threaten", "warn", "ultimatum", "red line", "retaliation", "hostile", "adversary", "fight", "war", "attack", "invasion", "invade", "incursion", "aggression", "escalate", "escalation", "provocation", "deny", "demand", "versus", "win", "lose", "both side", "either side", "the west"],
  },
  {
    frame: "responsibility",
    items: "government has the ability to alleviate the problem; some level of government is responsible; a solution is suggested; an individual or group is responsible; the problem requires urgent action",
    indicators: ["responsible", "responsibility", "accountable", "solution", "solve", "resolve", "address", "alleviate", "policy", "measure", "urgent", "urgently", "must", "should", "need", "obligation", "duty", "prevent", "deter", "deterrence", "de-escalate", "ease", "defuse", "diffuse", "guarantee", "proposal", "propose", "offer", "off-ramp", "step back", "desist"],
  },
  {
    frame: "economic",
    items: "financial losses or gains now or in the future; the costs or degree of expense involved; economic consequences of pursuing or not pursuing a course of action",
    indicators: ["economic", "economy", "financial", "finance", "cost", "costly", "price", "expense", "money", "dollar", "million", "billion", "trade", "business", "market", "investment", "budget", "energy", "gas", "oil", "pipeline", "renewable", "export", "import", "inflation", "growth", "recession", "cripple", "sanction", "treasury"],
  },
  {
    frame: "human interest",
    items: "a human example or human face; adjectives or personal vignettes that generate feelings; how individuals and groups are affected; private or personal lives; visual information that might generate feelings",
    indicators: ["people", "person", "family", "child", "children", "mother", "father", "life", "live", "loved one", "grief", "suffering", "suffer", "victim", "casualty", "civilian", "citizen", "volunteer", "fallen", "tribute", "emotional", "emotion", "feel", "fear", "hope", "heart", "tear", "personal", "home", "pleased", "happy", "determination"],
  },
  {
    frame: "morality",
    items: "a moral message; reference to morality, God and other religious tenets; specific social prescriptions about how to behave",
    indicators: ["moral", "morality", "immoral", "ethical", "ethic", "value", "principle", "god", "religion", "religious", "faith", "church", "sin", "evil", "righteous", "justice", "unjust", "democracy", "democratic", "freedom", "sovereignty", "human right", "right and wrong", "wrongdoing", "appeasement", "shame", "dignity"],
  },
];
