import { CorpusError } from "../corpus/errors";
import { checkMaxArticleBytes, MAX_ARTICLE_BYTES, openCorpus } from "../corpus/load";
import { CorpusWarning } from "../corpus/types";
import { ArticleInput, ArticleOutcome } from "./map-article";
import { MapProgress, defaultJobs, mapInOrder, workerTask } from "./pool";
import { ArticleRecord, RecordCorpus } from "./record";

/** The map task: read, parse and analyse one article, in a worker thread. */
export const ARTICLE_TASK = workerTask<ArticleInput, ArticleOutcome>(require.resolve("./map-article"), "mapArticle");

export interface LoadRecordsOptions {
  /** Worker threads for the per-article work; default the number of cores. 1 runs in this thread. */
  jobs?: number;
  /** Article files larger than this are skipped with a warning; default MAX_ARTICLE_BYTES (2 MiB). */
  maxArticleBytes?: number;
  /** An actor registry file (actors.json) for quotes, sentiment sides and actors up front. */
  registryFile?: string;
  /** Called after each finished article with counts, bytes, elapsed and estimated time left. */
  onProgress?: (p: MapProgress) => void;
}

/**
 * Reads a corpus folder into compact per-article records (see ArticleRecord): the manifest is checked
 * here, then every article is read, parsed and analysed in worker threads (`jobs`), streamed back in
 * manifest order; only the records are kept, so memory grows with the records, not with parsed
 * documents. Warnings: each article's own, skipped articles (missing, too big, not UTF-8, empty) and
 * unlisted `.txt` files. Throws a CorpusError for problems with the corpus as a whole, or when no article
 * is readable. The same records, whatever `jobs` is.
 */
export async function loadRecords(dir: string, options: LoadRecordsOptions = {}): Promise<RecordCorpus> {
  const { jobs = defaultJobs(), maxArticleBytes = MAX_ARTICLE_BYTES, registryFile, onProgress } = options;
  checkMaxArticleBytes(maxArticleBytes);
  const source = openCorpus(dir);
  const inputs: ArticleInput[] = source.entries.map((entry) => ({ dir: source.dir, root: source.root, entry, maxArticleBytes, registryFile }));
  const bytes = new Map(source.entries.map((entry, i) => [entry, source.bytes[i]]));
  const records: ArticleRecord[] = [];
  const warnings: CorpusWarning[] = [];
  for await (const outcome of mapInOrder(ARTICLE_TASK, inputs, { jobs, size: (x) => bytes.get(x.entry) ?? 0, onProgress })) {
    if (outcome.kind === "skipped") warnings.push(outcome.warning);
    else {
      records.push(outcome.record);
      warnings.push(...outcome.record.warnings);
    }
  }
  warnings.push(...source.unlisted);
  if (records.length === 0) throw new CorpusError(dir, `no readable article: ${warnings.map((w) => `${w.file}: ${w.message}`).join("; ")}`);
  return { dir, title: source.title, records, warnings };
}
