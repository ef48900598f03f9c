import { test } from "uvu";
import * as assert from "uvu/assert";
import * as path from "path";
import { loadRecords } from "../../src/pipeline/load-records";
import { storyOf } from "../../src/corpus/manifest";
import { analyzeCoverageByStory } from "../../src/coverage/facts";
import { alignEach, alignStoriesInWorkers } from "../../src/coverage/by-story-workers";
import { CoveragePartStore } from "../../src/coverage/part-store";
import { ArticleRecord } from "../../src/pipeline/record";
import { corpusInfo, runSteps } from "../../src/cli/step";
import { coverageStep } from "../../src/coverage/step";
import { tableCsv } from "../../src/tables/csv";

const MANY = path.join(__dirname, "../fixtures/many-stories");

function packed(records: readonly ArticleRecord[]) {
  const store = new CoveragePartStore();
  for (const r of records) store.add(r.coverage, storyOf(r.meta));
  return store.take();
}

test("stories aligned in worker threads give what analyzeCoverageByStory gives, story for story", async () => {
  const { records } = await loadRecords(MANY, { jobs: 1 });
  const expected = analyzeCoverageByStory(records.map((r) => ({ ...r.coverage, story: storyOf(r.meta) })));
  assert.ok(expected.length >= 2, "the fixture has several stories");
  const stories = packed(records);
  const inWorkers = await alignStoriesInWorkers(stories, { jobs: 2, minStatements: 0 });
  assert.equal(inWorkers, expected);
  assert.ok(stories.every((s) => s === undefined), "every story was let go once sent");
  assert.equal(await alignStoriesInWorkers(packed(records), { jobs: 1 }), expected);
});

test("the coverage step's result is the same whether prepare aligned the stories or finish did", async () => {
  const corpus = await loadRecords(MANY, { jobs: 1 });
  const plain = runSteps([coverageStep], corpus).get("coverage")!;
  const fold = coverageStep.begin();
  for (const r of corpus.records) fold.add(r);
  await fold.prepare!({ jobs: 2 });
  const prepared = fold.finish(corpusInfo(corpus), new Map());
  // Tables as written (the long ones are spooled to files of their own), and the rows each keeps in memory.
  assert.equal(prepared.tables.map((t) => [t.name, tableCsv(t), t.rows]), plain.tables.map((t) => [t.name, tableCsv(t), t.rows]));
  assert.ok(tableCsv(plain.tables[0]).split("\n").length > 10, "facts to compare");
  assert.equal(prepared.summary, plain.summary);
});

test("alignEach aligns in order and empties the list it is given", async () => {
  const { records } = await loadRecords(MANY, { jobs: 1 });
  const stories = packed(records);
  const n = stories.length;
  const out = alignEach(stories);
  assert.is(out.length, n);
  assert.is(stories.length, 0);
  assert.equal(alignEach([]), []);
});

test.run();
