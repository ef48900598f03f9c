import { defaultActorRegistry, registryLabel } from "../actors/registry";
import { AnalysisStep } from "../cli/step";
import { quotesFigures } from "../comparison/quotes-figures";
import { escapeHtml } from "../render/escape";
import { spooledTable } from "../tables/spool";
import { StringPool } from "../pipeline/string-pool";
import { QuoteVoice } from "./types";
import { QuotePositions } from "./voices";
import { cueStance } from "./cues";
import { cueStanceHeatmap, shareOfVoiceChart, speakerWordsChart } from "./charts";
import { cueStances, firstWordSummary, quoteVoice, unresolvedSpeakers, voicesBySide, voicesBySpeaker } from "./voices";

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The quotes section: every quote, share of voice by side, positions, cue stances, unresolved speakers. */
export const quotesStep: AnalysisStep = {
  id: "quotes",
  title: "Who is quoted",
  begin(shared) {
    // Quotes are few next to sentences (and the aggregates need them all): kept, just the fields the
    // aggregates read (see quoteVoice), and spooled whole for quotes.csv.
    const quotes: QuoteVoice[] = [];
    const pool = shared?.strings ?? new StringPool();
    const positions: QuotePositions[] = [];
    const table = spooledTable("quotes", "Every quote", ["outlet", "kind", "speaker", "side", "cue", "start", "end", "text", "stance", "articleId", "sentence", "speakerId", "attribution", "clause"]);
    // attribution: pieces of one attribution ('"A," he said. "B."') share a number within their article; empty for a quote on its own.
    // clause: for a partial quote, the reported clause it sits in (QuoteRecord.clauseStart); empty otherwise.
    // The report and notebooks show what a reader reads; offsets, sentence numbers and ids stay in quotes.csv.
    table.readerColumns = ["outlet", "kind", "speaker", "side", "cue", "stance", "text", "articleId"];
    return {
      add(r) {
        const p = r.positions;
        positions.push({ articleId: p.articleId, outlet: pool.get(p.outlet), firstSpeaker: pool.get(p.firstSpeaker), firstSide: pool.get(p.firstSide), lastSpeaker: pool.get(p.lastSpeaker), lastSide: pool.get(p.lastSide), headline: pool.get(p.headline), lead: pool.get(p.lead) });
        for (const q of r.quotes) {
          quotes.push(quoteVoice(q, pool));
          table.add({ ...q, stance: q.cue ? cueStance(q.cue) : "" });
        }
      },
      finish(corpus) {
        const registry = corpus.registry ?? defaultActorRegistry();
        const sides = voicesBySide(quotes);
        const speakers = voicesBySpeaker(quotes);
        const cues = cueStances(quotes);
        const unresolved = unresolvedSpeakers(quotes);
        return {
          intro:
            `<p>Every quote: <em>direct</em> (a quoted sentence or clause), <em>partial</em> (a quoted fragment in the reporter's sentence) and <em>reported</em> (indirect speech), with its speaker resolved through the actor registry (<code>${escapeHtml(registryLabel(corpus.registryFile))}</code>) to a side. ` +
            "Share of voice counts quoted words. The cue table shows which verbs introduce each side: a side that is 'claimed' while another 'said' is a framing choice. " +
            `Rule-based extraction makes mistakes (see the README for measured accuracy); ${unresolved.length} speaker(s) could not be given a side and are listed so you can add them to the registry.</p>`,
          tables: [
            table,
            { name: "voices", title: "Share of voice by side", columns: ["outlet", "side", "quotes", "words", "shareOfVoice", "direct", "partial", "indirect", "directShare", "speakers"], rows: sides.map((s) => ({ ...s, shareOfVoice: round(s.shareOfVoice), directShare: round(s.directShare) })) },
            { name: "voices-positions", title: "First and last word, headline and lead", columns: ["outlet", "articleId", "firstSpeaker", "firstSide", "lastSpeaker", "lastSide", "headline", "lead"], rows: positions },
            { name: "voices-speakers", title: "Quoted words by speaker", columns: ["outlet", "speaker", "side", "quotes", "words"], rows: speakers },
            { name: "quote-cues", title: "Cue verbs by side and stance", columns: ["outlet", "side", "stance", "count", "cues"], rows: cues },
            { name: "quote-unresolved", title: "Speakers without a side (add them to the registry)", columns: ["outlet", "speaker", "quotes", "example"], rows: unresolved },
          ],
          figures: [
            { name: "voices-share", title: "Share of voice by side", caption: "Each outlet's quoted words split by the speaker's side; hover for quote counts by kind.", figure: shareOfVoiceChart(sides, registry.sides, { outlets: corpus.outlets }) },
            { name: "voices-speakers", title: "Quoted words by speaker", caption: "The most-quoted speakers across outlets, stacked by outlet; the side is in brackets.", figure: speakerWordsChart(speakers, { outlets: corpus.outlets }) },
            { name: "voices-cues", title: "Cue-verb stance by side and outlet", caption: "How often each side is introduced by neutral, doubting, endorsing, conceding, warning or opinion verbs; hover for the verbs. Only the stances and outlet · side rows that occur are shown.", figure: cueStanceHeatmap(cues, { outlets: corpus.outlets }) },
          ],
          headlines: quotesFigures(quotes, positions, registry.sides),
          summary: [
            `${quotes.length} quotes (${quotes.filter((q) => q.kind === "direct").length} direct, ${quotes.filter((q) => q.kind === "partial").length} partial, ${quotes.filter((q) => q.kind === "indirect").length} reported); ${unresolved.length} unresolved speaker(s) in quote-unresolved.csv`,
            firstWordSummary(positions),
          ],
        };
      },
    };
  },
};

