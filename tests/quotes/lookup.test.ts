import { test } from "uvu";
import * as assert from "uvu/assert";
import { validateRegistry } from "../../src/actors/registry";
import { ActorMention } from "../../src/actors/types";
import { parseArticle } from "../../src/corpus/parse";
import { MentionLookup, SpanLookup, lowerBound, paragraphAt, sentenceAt, sentenceHolding, tokenEndingFrom, tokenFrom } from "../../src/quotes/lookup";

// Each lookup must answer exactly what the linear scan it replaced answered. The scans are written out
// here and compared with the lookups on every offset of small articles and on random spans.

/** A small deterministic generator (Park-Miller), so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

test("lowerBound finds the first index where the predicate turns false, or n", () => {
  const xs = [1, 3, 3, 7];
  assert.equal([0, 1, 3, 4, 8].map((v) => lowerBound(xs.length, (i) => xs[i] < v)), [0, 0, 1, 3, 4]);
  assert.is(lowerBound(0, () => true), 0);
});

test("sentence, paragraph and token lookups agree with find/findIndex at every offset, touching sentences included", () => {
  // "tensions.Mr" gives two sentences that touch (one's end is the next one's start).
  const text = "Headline\n\nIt aimed at defusing tensions.Mr Blinken warned them.\n\n\u201CWhy?\u201D she asked. Done.";
  const a = parseArticle(text);
  assert.ok(a.sentences.some((s, i) => i > 0 && a.sentences[i - 1].end === s.start), "the text has touching sentences");
  for (let offset = -1; offset <= text.length + 1; offset++) {
    assert.is(sentenceAt(a, offset), a.sentences.find((s) => s.start <= offset && offset <= s.end), `sentenceAt ${offset}`);
    assert.is(paragraphAt(a, offset), a.paragraphs.find((p) => p.start <= offset && offset <= p.end), `paragraphAt ${offset}`);
    assert.is(sentenceHolding(a, offset), a.sentences.find((s) => s.start <= offset && offset < s.end)?.index ?? -1, `sentenceHolding ${offset}`);
    const from = a.tokens.findIndex((t) => t.start >= offset);
    assert.is(tokenFrom(a, offset), from < 0 ? a.tokens.length : from, `tokenFrom ${offset}`);
    assert.is(tokenEndingFrom(a, offset), a.tokens.findIndex((t) => t.end >= offset), `tokenEndingFrom ${offset}`);
  }
  const empty = parseArticle("");
  assert.is(sentenceAt(empty, 0), undefined);
  assert.is(tokenEndingFrom(empty, 0), -1);
});

test("SpanLookup agrees with scans over nested and overlapping spans", () => {
  const next = random(7);
  for (let round = 0; round < 200; round++) {
    const textLength = 60;
    const spans = Array.from({ length: Math.floor(next() * 8) }, () => {
      const start = 1 + Math.floor(next() * 55);
      return { start, end: start + Math.floor(next() * 20) };
    }).sort((x, y) => x.start - y.start);
    const l = new SpanLookup(spans, textLength);
    for (let offset = -2; offset <= textLength + 2; offset++) {
      assert.is(l.covers(offset), spans.some((q) => offset >= q.start - 1 && offset <= q.end), `covers ${offset} in ${JSON.stringify(spans)}`);
      for (const len of [0, 1, 4, 15]) {
        const end = offset + len;
        assert.is(l.contains(offset, end), spans.some((q) => offset >= q.start && end <= q.end), `contains ${offset}-${end}`);
        let to = end;
        for (const q of spans) if (q.start - 1 >= offset && q.start - 1 < to) to = q.start - 1;
        assert.is(l.cutAtOpening(offset, end), to, `cutAtOpening ${offset}-${end}`);
        if (offset >= 0 && end <= textLength) {
          let quoted = 0;
          for (const q of spans) quoted += Math.max(0, Math.min(end, Math.min(q.end, textLength)) - Math.max(offset, q.start));
          assert.is(l.quotedChars(offset, end), quoted, `quotedChars ${offset}-${end} in ${JSON.stringify(spans)}`);
        }
      }
    }
  }
  const none = new SpanLookup([], 10);
  assert.equal([none.covers(3), none.contains(1, 2), none.cutAtOpening(0, 5), none.quotedChars(0, 10)], [false, false, 5, 0]);
});

test("MentionLookup answers the pronoun questions as the scans did: last fitting name, former and latter", () => {
  const registry = validateRegistry(
    { actors: [
      { id: "a", name: "A", side: "us" },
      { id: "b", name: "B", side: "russia" },
      { id: "c", name: "C", side: "russia" },
      { id: "org", name: "Org", kind: "organisation", side: "us" },
      { id: "land", name: "Land", kind: "country", side: "russia" },
    ] },
    "r.json",
  );
  const ids = ["a", "b", "c", "org", "land", "ghost"]; // "ghost" is not in the registry: kind unknown
  const kind = (id: string) => registry.actors.find((x) => x.id === id)?.kind;
  const next = random(11);
  for (let round = 0; round < 100; round++) {
    // Non-overlapping mentions in text order, a few per sentence, some inside quoted spans.
    const mentions: ActorMention[] = [];
    let at = 0;
    let sentence = 0;
    for (let i = 0; i < 12; i++) {
      at += 1 + Math.floor(next() * 4);
      if (next() < 0.3) sentence += 1 + Math.floor(next() * 2);
      const len = 1 + Math.floor(next() * 3);
      mentions.push({ articleId: "x", actorId: ids[Math.floor(next() * ids.length)], side: "us", sentence, start: at, end: at + len, text: "" });
      at += len;
    }
    const quoted = [{ start: 10, end: 18 }, { start: 30, end: 34 }];
    const l = new MentionLookup(mentions, new SpanLookup(quoted, at + 5), registry);
    for (let offset = 0; offset <= at + 2; offset++) {
      const before = mentions.filter((m) => m.end <= offset && !quoted.some((q) => m.start >= q.start && m.end <= q.end));
      const n = l.freeBefore(offset);
      assert.equal(l.free.slice(0, n), before, `free mentions before ${offset}`);
      const last = (fits: (k: string | undefined) => boolean) => {
        for (let i = before.length - 1; i >= 0; i--) if (fits(kind(before[i].actorId))) return before[i];
        return undefined;
      };
      const at_ = (i: number) => (i >= 0 ? l.free[i] : undefined);
      assert.is(at_(l.lastPerson[n]), last((k) => k === "person"));
      assert.is(at_(l.lastNotPerson[n]), last((k) => k !== "person"));
      assert.is(at_(l.lastOtherKind[n]), last((k) => k !== undefined && k !== "person"));
      const s = before.length ? before[before.length - 1].sentence : -1;
      const people = before.filter((m) => m.sentence === s && kind(m.actorId) === "person");
      const distinct = people.filter((m, i) => people.findIndex((x) => x.actorId === m.actorId) === i);
      assert.is(at_(l.former[n]), distinct[0], `former before ${offset}`);
      assert.is(at_(l.latter[n]), distinct[distinct.length - 1], `latter before ${offset}`);
    }
    for (let from = 0; from <= at; from += 3) {
      for (const to of [from, from + 2, from + 9]) {
        assert.is(l.firstWithin(from, to), mentions.find((m) => m.start >= from && m.end <= to));
        assert.equal(l.within(from, to), mentions.filter((m) => m.start >= from && m.end <= to));
      }
    }
  }
});

test.run();
