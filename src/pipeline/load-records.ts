import { FieldMap } from "../corpus/import-fields";
import { corpusRegistryFile, loadActorRegistry } from "../actors/registry";
import { CompareUnit } from "../corpus/compare-groups";
import { storyOf } from "../corpus/manifest";
import { articleLocations, checkMaxArticleBytes, MAX_ARTICLE_BYTES, noReadableArticle, openCorpus } from "../corpus/load";
import { CorpusWarning } from "../corpus/types";
import { ArticleInput, ArticleOutcome } from "./map-article";
import { MAP_GROWTH_BYTES, collectIfGrown } from "./heap";
import { MapProgress, defaultJobs, mapInOrder, workerTask } from "./pool";
import { ArticleRecord, CorpusInfo, RecordCorpus } from "./record";

/** The map task: read, parse and analyse one article, in a worker thread or this one. */
export const ARTICLE_TASK = workerTask<ArticleInput, ArticleOutcome>(require.resolve("./map-article"), "mapArticle");

/**
 * How the map runs with `jobs` of 2 or more (see mapInOrder): N - 1 worker threads, and this thread maps
 * an article itself whenever the next record in order is not back yet (thisThreadToo), with 4 articles in
 * flight per worker so that a worker never waits while this thread is busy with an article.
 *
 * Why: this thread only folds records, which takes a fraction of a worker's time, so with N workers it
 * sat idle most of the map while N + 1 threads shared N cores; and every record a worker makes is copied
 * to this thread (about 40 KB serialised, then deserialised here). With one worker fewer there is one
 * thread per core and a share of the records is never copied. On the 2,000-article bench corpus with
 * `--jobs 2`, in alternating runs: 4% less wall and CPU time (median of six pairs). A fifth session had
 * found it slower, when the folds held far more and this thread collected its heap every 32 MiB; it
 * collects every MAP_GROWTH_BYTES (64 MiB) now, as with `--jobs 1`, which was 6% faster than 32 MiB.
 */
const MAP_IN_WORKERS = { thisThreadToo: true, perWorker: 4 } as const;

export interface LoadRecordsOptions {
  /**
   * Threads for the per-article work; default the number of cores. 1 runs in this thread; N of 2 or more
   * starts N - 1 worker threads, and this thread maps articles too while it waits (see MAP_IN_WORKERS).
   */
  jobs?: number;
  /** Article files larger than this are skipped with a warning; default MAX_ARTICLE_BYTES (2 MiB). */
  maxArticleBytes?: number;
  /**
   * An actor registry file (actors.json) for quotes, sentiment sides and actors up front; default the
   * corpus folder's own actors.json when it has one, else framelens' (seeds/actors.json).
   */
  registryFile?: string;
  /** Called after each finished article with counts, bytes, elapsed and estimated time left. */
  onProgress?: (p: MapProgress) => void;
  /** For a JSONL or CSV corpus: which column gives each field, e.g. `{ text: "body" }` (see openCorpus). */
  map?: FieldMap;
  /** "groups" compares the manifest's outlet groups instead of outlets (see openCorpus); default "outlets". */
  compare?: CompareUnit;
}

/**
 * Streams a corpus (a folder, or a JSONL or CSV file with one article per row; see openCorpus) through
 * the map: the manifest or the rows are checked here, then every article is read,
 * parsed and analysed in worker threads and this one (`jobs`) and its compact record (see ArticleRecord) handed to
 * `onRecord` in manifest order, as soon as it and every article before it are done. Nothing is kept, so
 * a caller that folds each record into running totals (the analysis steps do) holds neither parsed
 * documents nor records. Throws a CorpusError for problems with the corpus as a whole, or when no
 * article is readable. The same records in the same order, whatever `jobs` is.
 */
export async function streamRecords(dir: string, onRecord: (record: ArticleRecord) => void, options: LoadRecordsOptions = {}): Promise<CorpusInfo> {
  const { jobs = defaultJobs(), maxArticleBytes = MAX_ARTICLE_BYTES, onProgress, map, compare } = options;
  checkMaxArticleBytes(maxArticleBytes);
  const source = openCorpus(dir, { map, compare });
  // A corpus folder's own actors.json is used unless a registry file is given; loaded here first, so a
  // bad file stops the run at once with the file and field named (the workers load it again).
  const registryFile = options.registryFile ?? (source.format === "folder" ? corpusRegistryFile(source.dir) : undefined);
  const registry = registryFile ? loadActorRegistry(registryFile) : undefined;
  // A row's text rides in its input (plain data, cloned to the worker); a file is read by the worker.
  const locations = articleLocations(source);
  const inputs: ArticleInput[] = source.entries.map((entry, i) => ({ ...locations[i], entry, maxArticleBytes, registryFile }));
  const bytes = new Map(source.entries.map((entry, i) => [entry, source.bytes[i]]));
  const warnings: CorpusWarning[] = [...source.warnings];
  const outlets = new Set<string>();
  const stories = new Set<string>();
  let articles = 0;
  for await (const outcome of mapInOrder(ARTICLE_TASK, inputs, { jobs, size: (x) => bytes.get(x.entry) ?? 0, onProgress, ...MAP_IN_WORKERS })) {
    if (outcome.kind === "skipped") warnings.push(outcome.warning);
    else {
      articles++;
      outlets.add(outcome.record.outlet);
      stories.add(storyOf(outcome.record.meta));
      warnings.push(...outcome.record.warnings);
      onRecord(outcome.record);
    }
    // The parse's garbage is here (this thread maps articles whatever `jobs` is), and the folds' (see MAP_GROWTH_BYTES).
    collectIfGrown(MAP_GROWTH_BYTES);
  }
  warnings.push(...source.unlisted);
  if (articles === 0) throw noReadableArticle(dir, warnings);
  return { dir, title: source.title, articles, stories: stories.size, outlets: Array.from(outlets), warnings, ...(source.groups ? { groups: source.groups } : {}), ...(registry ? { registry, registryFile } : {}) };
}

/**
 * Reads a corpus (folder, JSONL or CSV file) into compact per-article records, all held in memory
 * (streamRecords, keeping every record): for notebooks and programs that want the records themselves.
 * `framelens analyze` folds them as they stream instead. The same records, whatever `jobs` is.
 */
export async function loadRecords(dir: string, options: LoadRecordsOptions = {}): Promise<RecordCorpus> {
  const records: ArticleRecord[] = [];
  const corpus = await streamRecords(dir, (r) => records.push(r), options);
  return { dir, title: corpus.title, records, warnings: corpus.warnings, ...(corpus.groups ? { groups: corpus.groups } : {}), ...(corpus.registry ? { registry: corpus.registry, registryFile: corpus.registryFile } : {}) };
}
