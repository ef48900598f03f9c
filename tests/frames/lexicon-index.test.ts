import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../../src/corpus/load";
import { articleSentences, parseArticle } from "../../src/corpus/parse";
import { ParsedArticle } from "../../src/corpus/types";
import { FrameEvidence, detectFrames, framesPart } from "../../src/frames/detect";
import { DEFAULT_FRAME_LEXICON, FrameDefinition, FrameLexicon } from "../../src/frames/lexicon";
import { SEEDS } from "../helpers";

/**
 * Frame detection as written before the lexicon was indexed: every definition's words and phrases
 * tried against every token of every sentence. The specification the indexed detection must match.
 */
function referenceEvidence(a: ParsedArticle, lexicon: FrameLexicon): FrameEvidence[] {
  const defs = lexicon.map((d) => ({ frame: d.frame, words: new Set(d.indicators.filter((i) => !/[\s-]/.test(i))), phrases: d.indicators.filter((i) => /[\s-]/.test(i)).map((p) => p.split(/\s+|(-)/).filter(Boolean)) }));
  const out: FrameEvidence[] = [];
  for (const s of articleSentences(a)) {
    const forms = a.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => [t.lemma, t.norm]);
    for (const d of defs) {
      const hits = new Set<string>();
      forms.forEach(([lemma, norm]) => {
        if (d.words.has(lemma)) hits.add(lemma);
        else if (d.words.has(norm)) hits.add(norm);
      });
      for (const p of d.phrases)
        for (let i = 0; i + p.length <= forms.length; i++)
          if (p.every((w, k) => forms[i + k][0] === w || forms[i + k][1] === w)) hits.add(p.join(" ").replace(/ - /g, "-"));
      if (hits.size) out.push({ outlet: a.outlet, articleId: a.id, sentence: s.index, frame: d.frame, indicators: Array.from(hits), start: s.start, end: s.end, text: s.text });
    }
  }
  return out;
}

const seeds = loadCorpus(SEEDS).articles;
const crafted = parseArticle(
  "War talks\n\nBoth sides drew a red line, then both sides stepped back. The West warned; the west warns. Sanctions, sanctions and SANCTIONS cost money. " +
    "Talks on de-escalation: they must de-escalate and find an off-ramp. Human rights, right and wrong. Loved ones grieve their loved one.",
  { id: "crafted", outlet: "C" },
);
const articles = [...seeds, crafted];

// Lexicons that exercise the index: a frame listed twice, repeated indicators, an indicator that is a
// word in one definition and a phrase's first word in another, phrases listed in a different order than
// they occur, a phrase of one word after spaces (" war"), one of only spaces (it matches every
// sentence), a hyphen on its own, and indicators differing from tokens only in case.
const EDGE_LEXICONS: FrameLexicon[] = [
  [
    { frame: "conflict", items: "", indicators: ["warn", "war", "war", "the west", "red line", "both side", " war", "stand - off", "-"] },
    { frame: "economic", items: "", indicators: ["sanction", "Sanctions", "cost", "money", "both", "red"] },
    { frame: "conflict", items: "", indicators: ["west", "both side", "red line", "warned"] },
  ],
  [
    { frame: "morality", items: "", indicators: ["right and wrong", "human right", "right"] },
    { frame: "human interest", items: "", indicators: ["   ", "loved one", "one", "grieve"] },
    { frame: "responsibility", items: "", indicators: ["off-ramp", "de-escalate", "must", "de", "escalate"] },
  ],
  [],
];

test("detectFrames and framesPart give exactly the evidence of the per-definition search, with the default lexicon", () => {
  for (const a of articles) {
    assert.equal(framesPart(a).evidence, referenceEvidence(a, DEFAULT_FRAME_LEXICON), a.id);
  }
  assert.equal(detectFrames(articles), articles.flatMap((a) => referenceEvidence(a, DEFAULT_FRAME_LEXICON)));
});

test("the indexed search gives the same indicators in the same order with repeated frames, repeated and odd indicators", () => {
  for (const lexicon of EDGE_LEXICONS) {
    for (const a of articles) assert.equal(detectFrames([a], lexicon), referenceEvidence(a, lexicon), `${a.id} ${JSON.stringify(lexicon.map((d) => d.indicators))}`);
  }
});

test("a lexicon changed after use is searched as it is now, not as it was", () => {
  const definition: FrameDefinition = { frame: "economic", items: "", indicators: ["sanction"] };
  const lexicon: FrameDefinition[] = [definition];
  assert.equal(framesPart(crafted, lexicon).evidence.map((e) => e.indicators), [["sanction"]]);
  definition.indicators.push("money");
  assert.equal(framesPart(crafted, lexicon).evidence.map((e) => e.indicators), [["sanction", "money"]]);
  definition.indicators[0] = "cost";
  assert.equal(framesPart(crafted, lexicon).evidence.map((e) => e.indicators), [["cost", "money"]]);
  lexicon.push({ frame: "conflict", items: "", indicators: ["red line"] });
  assert.equal(framesPart(crafted, lexicon).evidence, referenceEvidence(crafted, lexicon));
  lexicon[1].frame = "fear" as never;
  assert.throws(() => framesPart(crafted, lexicon), /unknown frame "fear"/);
});

test.run();
