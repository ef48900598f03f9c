import { test } from "uvu";
import * as assert from "uvu/assert";
import { PALETTE, chartNote } from "../../src/charts/theme";
import { cueStanceHeatmap, shareOfVoiceChart, speakerWordsChart } from "../../src/quotes/charts";
import { CueUse, SideVoice, SpeakerVoice } from "../../src/quotes/voices";

const LONG = "The Very Long Name Evening Chronicle and Gazette";
const voice = (outlet: string, side: string, quotes: number, words: number, shareOfVoice: number): SideVoice => ({ outlet, side, quotes, words, shareOfVoice, direct: quotes, partial: 0, indirect: 0, directShare: 1, speakers: "" });

test("shareOfVoiceChart shows shares in percent on the axis and in the hover, and wraps a long outlet name", () => {
  const fig = shareOfVoiceChart([voice(LONG, "us", 3, 30, 0.75), voice(LONG, "russia", 1, 10, 0.25), voice("B", "us", 2, 8, 1)]);
  assert.equal(fig.data.map((t) => t.x), [[75, 100], [25, 0]]);
  assert.equal(fig.data[0].y, ["The Very Long Name<br>Evening Chronicle<br>and Gazette<br>(4 quotes)", "B<br>(2 quotes)"]);
  assert.equal(fig.data[0].text, ["75%", "100%"]);
  assert.match(String(fig.data[0].hovertemplate), /%\{x:\.0f\}% of quoted words/);
  const xaxis = fig.layout.xaxis as { ticksuffix: string; range: number[] };
  assert.equal([xaxis.ticksuffix, xaxis.range], ["%", [0, 100]]);
  assert.is(fig.layout.width, undefined);
  assert.match(chartNote(fig.layout), /^6 quotes in 2 outlet\(s\)/);
});

test("speakerWordsChart colours each outlet from the corpus order, takes the older `top` number, and counts the quotes shown", () => {
  const rows: SpeakerVoice[] = [
    { outlet: "B", speaker: "Ann Cole", side: "town", quotes: 2, words: 20 },
    { outlet: "C", speaker: "Ann Cole", side: "town", quotes: 1, words: 5 },
    { outlet: "B", speaker: "Dan Pike", side: "port", quotes: 1, words: 4 },
  ];
  const fig = speakerWordsChart(rows, { outlets: ["A", "B", "C"] });
  assert.equal(fig.data.map((t) => [t.name, (t.marker as { color: string }).color]), [["B", PALETTE[1]], ["C", PALETTE[2]]]);
  assert.equal(fig.data[0].y, ["Ann Cole [town]", "Dan Pike [port]"]);
  assert.equal(fig.data.map((t) => t.x), [[20, 4], [5, 0]]);
  assert.equal(speakerWordsChart(rows, 1).data[0].y, ["Ann Cole [town]"]);
  assert.match(chartNote(speakerWordsChart(rows, 1).layout), /^3 quotes by these 1 of 2 speakers/);
  assert.throws(() => speakerWordsChart(rows, { top: 0 }), /top must be a whole number of speakers, at least 1; got 0/);
});

test("cueStanceHeatmap draws only the stances and rows that occur, blank where no quote", () => {
  const rows: CueUse[] = [
    { outlet: "B", side: "russia", stance: "neutral", count: 1, cues: "said×1" },
    { outlet: "A", side: "us", stance: "neutral", count: 2, cues: "said×2" },
    { outlet: "A", side: "us", stance: "doubting", count: 1, cues: "claimed×1" },
  ];
  const heat = cueStanceHeatmap(rows, { outlets: ["A", "B"] });
  const [t] = heat.data as Array<{ x: string[]; y: string[]; z: number[][]; text: string[][]; customdata: string[][] }>;
  assert.equal(t.x, ["neutral (said,<br>told, added)", "doubting<br>(claimed,<br>alleged)"]);
  assert.equal(t.y, ["A · us", "B · russia"]);
  assert.equal(t.z, [[2, 1], [1, 0]]);
  assert.equal(t.text, [["2", "1"], ["1", ""]]);
  assert.equal(t.customdata[0], ["said×2", "claimed×1"]);
  assert.match(chartNote(heat.layout), /^4 quotes\. .*the 2 of 7 ways/);
  assert.equal(cueStanceHeatmap([]).data[0].z, []);
});

test.run();
