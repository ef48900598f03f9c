import { test } from "uvu";
import * as assert from "uvu/assert";
import { MetricCatalog, recordSums } from "../../src/stories/metrics";
import { record } from "./records";

const close = (a: number, b: number) => Math.abs(a - b) < 1e-12;

test("recordSums gives each metric's numerator and denominator for one article, by hand", () => {
  const catalog = new MetricCatalog();
  const r = record({
    id: "a", outlet: "A",
    sentences: [{ score: 2, sides: ["us"], actors: ["antony-blinken"] }, { score: -1, sides: ["us", "russia"], actors: ["antony-blinken", "sergei-lavrov"] }, { score: 0, voice: "quote" }],
    quotes: [{ text: "one two three", side: "us", cue: "say" }, { text: "four five", side: "russia", cue: "warn" }],
    // sentence 0 carries conflict twice (two indicator definitions): it counts once
    frames: [["conflict", 0], ["conflict", 0], ["economic", 2]],
    loaded: [["invasion", 2], ["incursion", 1]],
  });
  const s = recordSums(r, catalog);
  const value = (id: string) => {
    const def = catalog.get(id)!;
    return (s.num.get(id) ?? 0) / s.den.get(def.den)!;
  };
  assert.ok(close(value("tone"), 1 / 3));
  assert.is(value("tone:narration"), 0.5);
  assert.is(value("tone:quotes"), 0);
  assert.is(value("toward:us"), 0.5);
  assert.is(value("toward:russia"), -1);
  assert.is(value("about:antony-blinken"), 0.5);
  assert.is(value("about:sergei-lavrov"), -1);
  assert.is(value("voice:us"), 3 / 5);
  assert.is(value("voice:russia"), 2 / 5);
  assert.is(value("cue:neutral"), 0.5);
  assert.is(value("cue:warning"), 0.5);
  assert.ok(close(value("frame:conflict"), 1 / 3));
  assert.ok(close(value("frame:economic"), 1 / 3));
  assert.is(value("frame:morality"), 0, "every frame is defined, so an unused one is 0");
  assert.ok(close(value("loaded:the military move:invasion"), 2 / 3));
  assert.is(value("loaded:the military move:attack"), 0);
  assert.is(catalog.get("loaded:the capital:kyiv"), undefined, "a contrast set the article never uses gives no value");
});

test("MetricCatalog lists metrics by family, then first appearance", () => {
  const catalog = new MetricCatalog();
  recordSums(record({ id: "a", outlet: "A", quotes: [{ text: "x", side: "uk", cue: null }], sentences: [{ score: 1, sides: ["russia"] }] }), catalog);
  recordSums(record({ id: "b", outlet: "B", sentences: [{ score: 1, sides: ["us"] }] }), catalog);
  const ids = catalog.list().map((d) => d.id);
  assert.equal(ids.slice(0, 4), ["tone", "tone:narration", "toward:russia", "toward:us"]);
  assert.ok(ids.indexOf("voice:uk") < ids.indexOf("cue:none") && ids.indexOf("cue:none") < ids.indexOf("frame:conflict"));
});

test("recordSums of an empty article defines the tone and frame metrics but gives them no denominator", () => {
  const catalog = new MetricCatalog();
  const s = recordSums(record({ id: "e", outlet: "E" }), catalog);
  assert.is(s.den.get("sentences"), undefined);
  assert.is(s.den.get("frame sentences"), 0);
  assert.is(s.num.size, 0);
});

test.run();
