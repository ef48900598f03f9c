import { test } from "uvu";
import * as assert from "uvu/assert";
import { collectGarbage, collectionStats, keepLatest } from "../../src/pipeline/heap";

// A WeakRef's target stays alive until the current job ends, so each check waits a macrotask first.
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

test("collectGarbage runs a full collection: it counts it, and an object nothing holds is gone", async () => {
  const before = collectionStats().collections;
  const ref = new WeakRef({ article: "a" });
  await nextTurn();
  collectGarbage();
  assert.is(collectionStats().collections, before + 1);
  assert.is(ref.deref(), undefined);
});

test("keepLatest holds the latest object of a kind through collections, and lets it go when the next one comes", async () => {
  const first = new WeakRef(makeLookup(1));
  keepLatest("test lookups", first.deref()!);
  await nextTurn();
  collectGarbage();
  assert.equal(first.deref(), { spans: [1], maxEnd: 1 }, "the latest is kept");
  const second = new WeakRef(makeLookup(2));
  keepLatest("test lookups", second.deref()!);
  // Another kind does not replace it.
  keepLatest("other kind", { x: 1 });
  await nextTurn();
  collectGarbage();
  assert.is(first.deref(), undefined, "the one before is let go");
  assert.equal(second.deref(), { spans: [2], maxEnd: 2 });
});

/** An object built field by field, as the per-article lookups are. */
function makeLookup(n: number): { spans: number[]; maxEnd: number } {
  const o = {} as { spans: number[]; maxEnd: number };
  o.spans = [n];
  o.maxEnd = n;
  return o;
}

test.run();
