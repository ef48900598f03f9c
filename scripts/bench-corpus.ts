// The benchmark corpus for `npm run bench`: distinct articles generated from real sentences.
// Reads the development texts at run time (PolNeAR `polnear-dev/text/*.txt`, BASIL `basil-dev/corpus/*.txt`)
// and writes generated articles only to the folder it is given (a temporary one unless `--keep DIR`):
// no publisher text ever enters the repository.
import * as fs from "fs";
import * as path from "path";
import { seededRandom } from "../src/stats/random";

/** One development article: headline, date when known, paragraphs split into sentences. */
export interface SourceText {
  file: string;
  headline: string;
  date?: string;
  paragraphs: string[][];
}

export interface GeneratedCorpus {
  dir: string;
  articles: number;
  bytes: number;
  stories: number;
  outlets: number;
  sentences: number;
  /** Distinct sentence texts among `sentences` (repeats are shared wire copy within a story). */
  distinctSentences: number;
  words: number;
}

/** Fictional outlets, with how often each publishes (a few large outlets, a long tail). */
const OUTLETS = [
  ["Northern Ledger", 0.24],
  ["Daily Courier", 0.2],
  ["The Evening Post", 0.18],
  ["Metro Wire", 0.15],
  ["Capital Observer", 0.13],
  ["Coastal Times", 0.1],
] as const;

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Rev|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|vs|etc|Inc|Corp|Co|Ltd|Ft|Mt)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.$/;
const BREAK = /([.!?]+["”’')\]]*)\s+(?=["“‘(\[]?[A-Z0-9])/g;

/**
 * Splits a paragraph into sentences at `.`, `!` or `?` (with any closing quote) followed by space and a
 * capital or digit, except after a title, month, initial or dotted acronym ("Mr.", "Sept.", "U.S.").
 * Simple on purpose: the benchmark needs plausible sentences, not a parser. Empty text gives [].
 */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(paragraph); m; m = BREAK.exec(paragraph)) {
    const end = m.index + m[1].length;
    if (m[1] === "." && ABBREVIATION.test(paragraph.slice(Math.max(start, end - 12), end))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}

function readSource(file: string, date?: string): SourceText | null {
  const lines = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n").split("\n");
  // Drop a source outlet's " | Fox News" tag: the generated articles carry fictional outlets.
  const headline = (lines.shift() ?? "").replace(/\s+\|[^|]*$/, "").trim();
  const paragraphs = lines
    .join("\n")
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0)
    .map(splitSentences)
    .filter((p) => p.length > 0);
  return headline && paragraphs.length ? { file, headline, date, paragraphs } : null;
}

/**
 * The development texts under `devDir` in a fixed order (PolNeAR, then BASIL, by file name), or null
 * when neither folder exists. Dates come from BASIL's manifest and PolNeAR's file names.
 */
export function readDevTexts(devDir: string): SourceText[] | null {
  const polnear = path.join(devDir, "polnear-dev", "text");
  const basil = path.join(devDir, "basil-dev", "corpus");
  const out: SourceText[] = [];
  if (fs.existsSync(polnear)) {
    for (const name of fs.readdirSync(polnear).filter((n) => n.endsWith(".txt")).sort()) {
      const s = readSource(path.join(polnear, name), /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1]);
      if (s) out.push(s);
    }
  }
  if (fs.existsSync(basil)) {
    const dates = new Map<string, string>();
    const manifest = path.join(basil, "manifest.json");
    if (fs.existsSync(manifest)) {
      for (const a of JSON.parse(fs.readFileSync(manifest, "utf8")).articles ?? []) if (a.file && a.date) dates.set(a.file, a.date);
    }
    for (const name of fs.readdirSync(basil).filter((n) => n.endsWith(".txt")).sort()) {
      const s = readSource(path.join(basil, name), dates.get(name));
      if (s) out.push(s);
    }
  }
  return out.length ? out : null;
}

export interface GenerateOptions {
  /** Number of articles; default 2000. */
  articles?: number;
  /** Number of stories; default articles / 20 (100 for 2,000 articles), at least 1. */
  stories?: number;
  /** PRNG seed; default 1 (same sources and seed, same corpus). */
  seed?: number;
  /** Share of an article's paragraphs drawn from its own story's sources; default 0.6. */
  storyShare?: number;
  /** One article of at least this many bytes instead (e.g. 1e6); default off. */
  bigBytes?: number;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Writes a corpus folder (one `.txt` per article, headline on the first line, and `manifest.json`
 * with id, outlet, file, headline, date and story) into `dir`, which must exist and be empty.
 * Each story owns two or three source texts; an article of a story takes `storyShare` of its paragraphs
 * from them (so outlets covering a story share wording for coverage to align) and the rest from any
 * source. A paragraph is a run of 1-4 consecutive sentences of one source paragraph. Article length is
 * log-normal around 350 words, clipped to 300-1200 (mean about 420 words, 2.6 kB).
 */
export function generateCorpus(sources: readonly SourceText[], dir: string, options: GenerateOptions = {}): GeneratedCorpus {
  const { articles: n = 2000, seed = 1, storyShare = 0.6, bigBytes } = options;
  const storyCount = bigBytes ? 1 : Math.max(1, options.stories ?? Math.round(n / 20));
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const order = sources.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const perStory = Math.max(1, Math.min(3, Math.floor(sources.length / storyCount)));
  const stories = Array.from({ length: storyCount }, (_, s) => {
    const own = Array.from({ length: perStory }, (_, k) => sources[order[(s * perStory + k) % order.length]]);
    return { id: `story-${String(s + 1).padStart(3, "0")}`, own, date: own.find((o) => o.date)?.date ?? "2020-01-01" };
  });
  const paragraph = (from: readonly SourceText[]): string[] => {
    const p = pick(pick(from).paragraphs);
    const r = rand();
    const k = r < 0.25 ? 1 : r < 0.6 ? 2 : r < 0.85 ? 3 : 4;
    const first = Math.floor(rand() * p.length);
    return p.slice(first, first + k);
  };
  const targetWords = (): number => {
    if (bigBytes) return Infinity;
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    return Math.min(1200, Math.max(300, Math.round(350 * Math.exp(0.35 * normal))));
  };
  const entries: Array<Record<string, string>> = [];
  const seen = new Set<string>();
  let bytes = 0;
  let sentenceCount = 0;
  let wordCount = 0;
  const total = bigBytes ? 1 : n;
  for (let i = 0; i < total; i++) {
    const story = stories[i % storyCount];
    let x = rand();
    const outlet = (OUTLETS.find(([, w]) => (x -= w) < 0) ?? OUTLETS[0])[0];
    const headline = pick(story.own).headline;
    const goal = targetWords();
    const paras: string[] = [];
    let w = 0;
    let size = 0;
    while (bigBytes ? size < bigBytes : w < goal) {
      const sents = paragraph(rand() < storyShare ? story.own : sources);
      for (const s of sents) seen.add(s);
      sentenceCount += sents.length;
      const text = sents.join(" ");
      paras.push(text);
      w += words(text);
      size += Buffer.byteLength(text) + 2;
    }
    const id = `a${String(i + 1).padStart(4, "0")}`;
    const text = `${headline}\n\n${paras.join("\n\n")}\n`;
    fs.writeFileSync(path.join(dir, `${id}.txt`), text);
    bytes += Buffer.byteLength(text);
    wordCount += w + words(headline);
    const day = new Date(Date.parse(`${story.date}T00:00:00Z`) + Math.floor(rand() * 3) * 86400000).toISOString().slice(0, 10);
    entries.push({ id, outlet, file: `${id}.txt`, headline, date: day, story: story.id });
  }
  const title = bigBytes ? "framelens benchmark: one large article" : `framelens benchmark: ${total} generated articles (seed ${seed})`;
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ title, articles: entries }, null, 1));
  return { dir, articles: total, bytes, stories: storyCount, outlets: new Set(entries.map((e) => e.outlet)).size, sentences: sentenceCount, distinctSentences: seen.size, words: wordCount };
}

/** The fallback when no development data is present: the seeds, repeated with new ids (not distinct text). */
export function repeatSeeds(seedsDir: string, dir: string, n: number): GeneratedCorpus {
  const m = JSON.parse(fs.readFileSync(path.join(seedsDir, "manifest.json"), "utf8"));
  const entries = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const seed = m.articles[i % m.articles.length];
    const file = `${seed.id}-${i}.txt`;
    const text = fs.readFileSync(path.join(seedsDir, seed.file));
    bytes += text.length;
    fs.writeFileSync(path.join(dir, file), text);
    entries.push({ ...seed, id: `${seed.id}-${i}`, file });
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ title: "framelens benchmark: the seeds repeated", articles: entries }));
  return { dir, articles: n, bytes, stories: 1, outlets: new Set(entries.map((e) => e.outlet)).size, sentences: NaN, distinctSentences: NaN, words: NaN };
}
