import { resolveTermOptions } from "../../src/emphasis/terms";
import { ArticleRecord } from "../../src/pipeline/record";

/** What a hand-made record for the stories tests gives; everything else is empty. */
export interface RecordSpec {
  id: string;
  outlet: string;
  story?: string;
  storyTitle?: string;
  /** Sentence scores with their voice and the sides they name. */
  sentences?: Array<{ score: number; voice?: "narration" | "quote"; sides?: string[]; actors?: string[] }>;
  quotes?: Array<{ text: string; side: string; cue: string | null }>;
  /** Frame detections: [frame, sentence index]; `frameSentences` sentences in all (default: sentences' length). */
  frames?: Array<[string, number]>;
  frameSentences?: number;
  loaded?: Array<[string, number]>;
  terms?: Array<[string, number]>;
}

/**
 * A minimal ArticleRecord for tests of the across-stories fold: only the fields it reads are filled, with
 * the values of `spec` (fields another analysis needs are empty lists and zeros).
 */
export function record(spec: RecordSpec): ArticleRecord {
  const { id, outlet, story, storyTitle } = spec;
  const sentences = (spec.sentences ?? []).map((s, index) => ({
    articleId: id, outlet, index, position: 0, role: "body" as const, lead: false, voice: s.voice ?? ("narration" as const),
    score: s.score, comparative: 0, compound: 0, vader: 0, words: 1, positiveWords: 0, negativeWords: 0,
    sides: (s.sides ?? []) as ArticleRecord["sentences"][number]["sides"], actors: s.actors ?? [], start: 0, end: 0, text: "", contributors: [],
  }));
  const quotes = (spec.quotes ?? []).map((q, i) => ({
    articleId: id, outlet, kind: "direct" as const, text: q.text, start: i, end: i + 1, cue: q.cue, speaker: null, speakerText: null, speakerId: null,
    side: q.side as ArticleRecord["quotes"][number]["side"], sentence: 0,
  }));
  const evidence = (spec.frames ?? []).map(([frame, sentence]) => ({ outlet, articleId: id, sentence, frame: frame as ArticleRecord["frames"]["evidence"][number]["frame"], indicators: [], start: 0, end: 0, text: "" }));
  const loaded = (spec.loaded ?? []).map(([term, n]): [string, ArticleRecord["emphasis"]["loaded"][number][1]] => [term, Array.from({ length: n }, () => ({ outlet, articleId: id, sentence: 0, start: 0, end: 0, left: "", match: term, right: "" }))]);
  return {
    id, outlet,
    meta: { id, outlet, file: `${id}.txt`, ...(story ? { story } : {}), ...(storyTitle ? { storyTitle } : {}) },
    chars: 0,
    overview: {} as ArticleRecord["overview"],
    cleaning: [], warnings: [], quotes,
    positions: {} as ArticleRecord["positions"],
    sentences, plain: { sum: 0, n: 0 },
    emphasis: { articleId: id, outlet, termOptions: resolveTermOptions(), terms: spec.terms ?? [], words: 0, loaded, position: { top: [], rest: [], topActors: [], restActors: [] } as unknown as ArticleRecord["emphasis"]["position"] },
    frames: { articleId: id, outlet, sentences: spec.frameSentences ?? sentences.length, evidence },
    coverage: { articleId: id, outlet, statements: [] } as unknown as ArticleRecord["coverage"],
  };
}
