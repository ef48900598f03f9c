import { test } from "uvu";
import * as assert from "uvu/assert";
import { frequencyVsZPoints } from "../../src/emphasis/charts";
import { TermEmphasis, topDistinctive } from "../../src/emphasis/distinctive";
import { firstSorted, groupBy, lastSorted, sortedByKeyDesc } from "../../src/emphasis/select";

// A small generator with a fixed seed, so failures repeat.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

// Rows with many ties on the key (as counts and z-scores have), and terms that tie too.
type Row = { outlet: string; term: string; key: number; i: number };
function rows(n: number, seed: number, keys = 5): Row[] {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({ outlet: "ABC"[Math.floor(r() * 3)], term: ["é", "e", "b", "B", "ab", "a b", "z"][Math.floor(r() * 7)], key: Math.floor(r() * keys) - 2 + (r() < 0.1 ? -0 : 0), i }));
}
const byKeyThenTerm = (a: Row, b: Row) => b.key - a.key || a.term.localeCompare(b.term);

test("firstSorted and lastSorted give the first and last k of the stable sort, ties kept in input order", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const list = rows(1 + (seed * 7) % 60, seed);
    const sorted = list.slice().sort(byKeyThenTerm);
    for (const k of [0, 1, 2, 3, 5, 10, 33, 100, 2.5, -1]) {
      assert.equal(firstSorted(list, k, (r) => r.key, byKeyThenTerm), sorted.slice(0, k), `seed ${seed} k ${k}`);
      assert.equal(lastSorted(list, k, (r) => r.key, byKeyThenTerm), sorted.slice(-k), `seed ${seed} k ${k}`);
    }
  }
});

test("sortedByKeyDesc is the stable sort by key, highest first, 0 and -0 alike", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const list = rows(200, seed, seed);
    assert.equal(sortedByKeyDesc(list, (r) => r.key), list.slice().sort((a, b) => b.key - a.key));
  }
  assert.equal(sortedByKeyDesc([], (r: Row) => r.key), []);
  assert.throws(() => sortedByKeyDesc([{ key: NaN }], (r) => r.key), /NaN/);
});

test("groupBy keeps groups in order of first appearance and rows in order", () => {
  const list = rows(50, 3);
  const groups = groupBy(list, (r) => r.outlet);
  assert.equal(Array.from(groups.keys()), Array.from(new Set(list.map((r) => r.outlet))));
  for (const [o, g] of groups) assert.equal(g, list.filter((r) => r.outlet === o));
});

const term = (r: Row, z: number) => ({ outlet: r.outlet, term: r.term, count: Math.max(0, r.key + 2), z }) as TermEmphasis;

test("topDistinctive and frequencyVsZPoints pick what sorting every row picks", () => {
  const r = random(9);
  const terms = rows(600, 9).map((x) => term(x, Math.round((r() * 8 - 4) * 4) / 4));
  // The selections as they were written before: filter per outlet, sort everything.
  const byZ = (a: TermEmphasis, b: TermEmphasis) => b.z - a.z || a.term.localeCompare(b.term);
  for (const k of [1, 3, 10, 150]) {
    const want: TermEmphasis[] = [];
    for (const o of Array.from(new Set(terms.map((t) => t.outlet)))) {
      const list = terms.filter((t) => t.outlet === o).sort(byZ);
      want.push(...list.slice(0, k), ...list.slice(-k).filter((t) => t.z < 0 && !list.slice(0, k).includes(t)));
    }
    assert.equal(topDistinctive(terms, k), want, `k ${k}`);
  }
  const sig = (t: TermEmphasis) => Math.abs(t.z) >= 1.96;
  for (const max of [1, 5, 20, 60, 150, 1000])
    for (const o of ["A", "B", "C"]) {
      const list = terms.filter((t) => t.outlet === o && t.count > 0);
      const want = list.length <= max ? list : list.slice().sort((a, b) => Number(sig(b)) - Number(sig(a)) || (sig(a) ? Math.abs(b.z) - Math.abs(a.z) : b.count - a.count) || a.term.localeCompare(b.term)).slice(0, max);
      assert.equal(frequencyVsZPoints(terms, o, max), want, `max ${max} outlet ${o}`);
    }
});

test.run();
