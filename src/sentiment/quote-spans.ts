import { Span } from "../corpus/types";
import { QuoteRecord } from "../quotes/types";

/** Quote spans per article from the quotes step's records, when that step ran. */
export function quoteSpansFrom(quotes: readonly QuoteRecord[] | undefined): Map<string, Span[]> | undefined {
  if (!quotes) return undefined;
  const m = new Map<string, Span[]>();
  for (const q of quotes) {
    if (q.kind === "indirect") continue;
    const list = m.get(q.articleId) ?? [];
    list.push({ start: q.start, end: q.end });
    m.set(q.articleId, list);
  }
  return m;
}
