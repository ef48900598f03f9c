import { test } from "uvu";
import * as assert from "uvu/assert";
import * as path from "path";
import { runSteps } from "../../src/cli/step";
import { coverageStep } from "../../src/coverage/step";
import { loadRecords } from "../../src/pipeline/load-records";
import { storiesStep } from "../../src/stories/step";
import { REPO } from "../helpers";

// The invented three-story corpus (tests/fixtures/many-stories/README.md): in every story the Metro Wire
// is the most negative outlet and the Evening Courier the most positive.
const CORPUS = path.join(REPO, "tests", "fixtures", "many-stories");

test("many stories: each outlet's tone is compared within each story, and the consistent difference shows", async () => {
  const records = await loadRecords(CORPUS, { jobs: 1 });
  const results = runSteps([coverageStep, storiesStep], records);
  const stories = results.get("stories")!;
  const byName = (n: string) => stories.tables.find((t) => t.name === n)!.rows;
  // 3 stories x 3 outlets, each with a sentence tone.
  const tone = byName("stories").filter((r) => r.metric === "tone");
  assert.is(tone.length, 9);
  assert.equal(Array.from(new Set(tone.map((r) => r.story))), ["harbourton-budget", "millbrook-flood", "rovers-sale"]);
  for (const story of ["harbourton-budget", "millbrook-flood", "rovers-sale"]) {
    const v = (o: string) => tone.find((r) => r.story === story && r.outlet === o)!.value as number;
    assert.ok(v("Metro Wire") < v("Daily Ledger") && v("Daily Ledger") < v("Evening Courier"), `order in ${story}`);
  }
  const effect = (o: string) => byName("outlets").find((r) => r.outlet === o && r.metric === "tone")!;
  assert.equal([effect("Metro Wire").stories, effect("Metro Wire").lowest, effect("Metro Wire").highest], [3, 3, 0]);
  assert.equal([effect("Evening Courier").highest, effect("Evening Courier").lowest], [3, 0]);
  assert.ok((effect("Metro Wire").high as number) < 0, "three stories, all below the mean: the interval stays below 0");
  assert.ok((effect("Evening Courier").low as number) > 0);
  assert.is(stories.reportSection, true);
  // Coverage is computed per story: facts shared by all three outlets exist in every story
  // (tests/coverage/stories.test.ts checks that no fact spans two stories).
  const coverage = results.get("coverage")!.tables.find((t) => t.name === "coverage")!.rows;
  for (const story of ["harbourton-budget", "millbrook-flood", "rovers-sale"]) assert.ok(coverage.some((f) => f.story === story && (f.outlets as number) >= 2), `a shared fact in ${story}`);
});

test.run();
