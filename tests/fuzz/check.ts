/**
 * Runs every per-article analysis on one text and checks its promises: parse (cleaning, paragraphs,
 * sentences, tokens), actor mentions, quote extraction, sentence sentiment (as the sentiment step runs
 * it, with the extracted quotes), frames, term counts, the overview row, and the whole per-article record
 * that `framelens analyze` computes in its workers (articleRecord). An exception is a finding
 * named after the stage, the error and the function that threw; a broken offset promise is a finding
 * from invariants.ts. Times each stage.
 */
import * as path from "path";
import { ActorRegistry } from "../../src/actors/types";
import { findActorMentions } from "../../src/actors/mentions";
import { parseArticle } from "../../src/corpus/parse";
import { Tokenizer } from "../../src/corpus/tokenize";
import { ParsedArticle } from "../../src/corpus/types";
import { countTerms } from "../../src/emphasis/terms";
import { detectFrames } from "../../src/frames/detect";
import { articleOverview } from "../../src/overview/overview";
import { articleRecord } from "../../src/pipeline/map-article";
import { extractQuotes } from "../../src/quotes/extract";
import { QuoteRecord } from "../../src/quotes/types";
import { quoteSpansFrom } from "../../src/sentiment/quote-spans";
import { sentenceSentiments } from "../../src/sentiment/sentences";
import { Finding, Findings, checkFrames, checkMentions, checkParsed, checkQuotes, checkSentiment, quote } from "./invariants";

export const STAGES = ["parse", "mentions", "quotes", "sentiment", "frames", "terms", "overview", "record"] as const;
export type Stage = (typeof STAGES)[number];

export interface CheckOptions {
  /** Article id given to parseArticle; default "fuzz". */
  id?: string;
  /** Actor registry for mentions, quotes and sentiment (required: the caller loads it once). */
  registry: ActorRegistry;
  /** Tokenizer strategy passed to parseArticle; default parseArticle's (wink). */
  tokenizer?: Tokenizer;
  /** Called as each stage begins (the worker reports it, so a stage that hangs can be named). */
  onStage?: (stage: Stage) => void;
}

export interface CheckResult {
  chars: number;
  /** Wall time of all stages together, and of each. */
  ms: number;
  stageMs: Record<Stage, number>;
  findings: Finding[];
}

const REPO = path.resolve(__dirname, "../..");

/** "at cueAt (src/quotes/attribute.ts)": the innermost stack frame with a file, without line numbers. */
function thrownAt(err: unknown): string {
  const stack = err instanceof Error && err.stack ? err.stack.split("\n").slice(1) : [];
  for (const line of stack) {
    if (line.includes(__filename)) break;
    const m = /at (?:(\S+) \()?(.*?):\d+:\d+\)?$/.exec(line.trim());
    if (m) return `at ${m[1] ?? "<anonymous>"} (${path.relative(REPO, m[2].replace(/^file:\/\//, ""))})`;
  }
  return "at <unknown>";
}

/** The error's name and message with numbers and long quoted parts blurred, so alike errors group. */
function errorKind(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const msg = e.message.replace(/\d+/g, "N").replace(/"[^"]{20,}"/g, '"..."');
  return `${e.name}: ${msg.length > 100 ? `${msg.slice(0, 100)}...` : msg}`;
}

/** Checks one text; never throws for the analyses' sake (their exceptions become findings). */
export function checkArticle(text: string, options: CheckOptions): CheckResult {
  const { id = "fuzz", registry, tokenizer } = options;
  const f = new Findings();
  const stageMs = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const run = <T>(stage: Stage, fn: () => T): T | undefined => {
    options.onStage?.(stage);
    const t0 = performance.now();
    try {
      return fn();
    } catch (err) {
      f.add(`${stage} threw ${errorKind(err)} ${thrownAt(err)}`, `${stage}: ${err instanceof Error ? err.stack?.split("\n").slice(0, 4).join(" | ") : String(err)}`);
      return undefined;
    } finally {
      stageMs[stage] += performance.now() - t0;
    }
  };
  const t0 = performance.now();
  const article: ParsedArticle | undefined = run("parse", () => parseArticle(text, { id, tokenizer }));
  if (article) {
    const mentions = run("mentions", () => findActorMentions(article, registry));
    const quotes: QuoteRecord[] | undefined = run("quotes", () => extractQuotes(article, { registry }));
    const sentiment = run("sentiment", () => sentenceSentiments([article], { registry, quoteSpans: quoteSpansFrom(quotes) }));
    const frames = run("frames", () => detectFrames([article]));
    const terms = run("terms", () => countTerms(article));
    run("overview", () => articleOverview(article));
    // The map task framelens analyze runs in its workers: every per-article part at once.
    const record = run("record", () => articleRecord(article, { registry }));
    const ms = performance.now() - t0;
    if (record) {
      for (const st of record.coverage.statements) {
        if (text.slice(st.start, st.end) !== st.text) f.add("record: coverage statement offsets do not slice to its text", `${quote(st.text)} at [${st.start}, ${st.end})`);
      }
      for (const [term, hits] of record.emphasis.loaded) {
        for (const h of hits) if (text.slice(h.start, h.end) !== h.match) f.add("record: loaded-word occurrence offsets do not slice to the match", `${term}: ${quote(h.match)} at [${h.start}, ${h.end})`);
      }
      if (JSON.stringify(structuredClone(record)) !== JSON.stringify(record)) f.add("record: does not survive a structured clone", record.id);
    }
    checkParsed(f, text, article);
    if (mentions) checkMentions(f, article, mentions);
    if (quotes) checkQuotes(f, article, quotes);
    if (sentiment) checkSentiment(f, article, sentiment);
    if (frames) checkFrames(f, article, frames);
    if (terms) for (const [term, n] of terms) if (!term || !(n > 0)) f.add("terms: empty term or count below 1", `term ${quote(term)} counted ${n}`);
    return { chars: text.length, ms, stageMs, findings: f.list() };
  }
  return { chars: text.length, ms: performance.now() - t0, stageMs, findings: f.list() };
}
