import { OverviewRecord } from "../overview/overview";
import { outletFigure } from "./headline";
import { OutletFigure } from "./types";

/**
 * The corpus section's headline figures per outlet (first-seen order): articles (evidence: their
 * headlines) and words, counted as corpus.csv counts them. No rows gives [].
 */
export function corpusFigures(rows: readonly Pick<OverviewRecord, "id" | "outlet" | "headline" | "words">[]): OutletFigure[] {
  const byOutlet = new Map<string, Array<Pick<OverviewRecord, "id" | "outlet" | "headline" | "words">>>();
  for (const r of rows) {
    const list = byOutlet.get(r.outlet);
    if (list) list.push(r);
    else byOutlet.set(r.outlet, [r]);
  }
  const out: OutletFigure[] = [];
  for (const [outlet, list] of byOutlet) {
    const words = list.reduce((n, r) => n + r.words, 0);
    const evidence = list.filter((r) => r.headline).map((r) => ({ outlet, articleId: r.id, text: r.headline }));
    out.push(outletFigure({ outlet, metric: "articles", label: "articles", scale: "count", value: list.length, n: list.length, unit: "articles", section: "corpus", evidence }));
    out.push(outletFigure({ outlet, metric: "words", label: "words", scale: "count", value: words, n: list.length, unit: "articles", section: "corpus", display: `${words.toLocaleString("en-GB")}${list.length > 1 ? ` (${Math.round(words / list.length).toLocaleString("en-GB")} per article)` : ""}` }));
  }
  return out;
}
