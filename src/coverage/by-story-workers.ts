import { GROWTH_BYTES, collectIfGrown } from "../pipeline/heap";
import { mapAll, workerTask } from "../pipeline/pool";
import { CoverageMergeOptions, StoryCoverage } from "./facts";
import { PackedStory, alignPackedStory } from "./part-store";

/** The worker task: one packed story's alignment (alignPackedStory). */
const ALIGN_STORY = workerTask<PackedStory, StoryCoverage>(require.resolve("./part-store"), "alignPackedStory");

/**
 * Below this many statements in all (about 600 news articles), the stories are aligned in the calling
 * thread: starting worker threads (a few tenths of a second each) costs more than they save. Aligning the
 * 34,617 statements of the 2,000-article bench corpus takes about 2 CPU seconds.
 */
export const WORKER_MIN_STATEMENTS = 10_000;

export interface StoryWorkerOptions extends CoverageMergeOptions {
  /**
   * The threads the run may use (analyze's --jobs); 1 aligns in the calling thread. Otherwise jobs - 1
   * worker threads align (at least one): the calling thread is busy finishing the other steps meanwhile,
   * and one more thread than cores would slow it down.
   */
  jobs: number;
  /** Fewer statements than this are aligned in the calling thread; default WORKER_MIN_STATEMENTS. */
  minStatements?: number;
}

/**
 * The coverage of each story (alignPackedStory, as analyzeCoverageByStory computes it), stories in the
 * order given, aligned in jobs - 1 worker threads (at least one). Every story is handed out at once and its slot in
 * `stories` emptied (the caller should keep no other reference), each worker a run of consecutive stories (equal numbers of
 * stories), so the workers keep aligning while the calling thread is busy with something else (analyze
 * finishes the other steps meanwhile). With one story, `jobs` 1, or fewer than `minStatements`
 * statements, it aligns in the calling thread, story by story. The same result either way.
 */
export async function alignStoriesInWorkers(stories: PackedStory[], options: StoryWorkerOptions): Promise<StoryCoverage[]> {
  const { jobs, minStatements = WORKER_MIN_STATEMENTS, ...merge } = options;
  let statements = 0;
  for (const s of stories) for (const p of s.parts) statements += p.text.length;
  for (const s of stories) s.options = merge;
  if (jobs < 2 || stories.length < 2 || statements < minStatements) return alignEach(stories);
  const workers = Math.max(1, Math.min(jobs - 1, stories.length));
  return mapAll(ALIGN_STORY, stories, { jobs: workers, perWorker: Math.ceil(stories.length / workers), release: true, inWorkers: true });
}

/**
 * Heap growth between stories above which alignEach collects. A collection here costs 50-100 ms (the
 * folds of the other steps are alive), so it is four times GROWTH_BYTES: with GROWTH_BYTES itself the
 * alignment of 8,000 articles took 1.5 s longer.
 */
export const ALIGN_GROWTH_BYTES = 4 * GROWTH_BYTES;

/**
 * Aligns the stories in this thread, in order, emptying `stories` as it goes (each is let go once aligned).
 * Between stories the heap is collected when it has grown (collectIfGrown): a story's alignment leaves
 * its vectors and candidate index behind, which V8 otherwise let pile up (`analyze --jobs 1` of 8,000
 * articles peaked at 671 MiB here, with 510 MB of heap in use).
 */
export function alignEach(stories: PackedStory[]): StoryCoverage[] {
  const out: StoryCoverage[] = [];
  stories.reverse();
  for (let s = stories.pop(); s !== undefined; s = stories.pop()) {
    out.push(alignPackedStory(s));
    collectIfGrown(ALIGN_GROWTH_BYTES);
  }
  return out;
}
