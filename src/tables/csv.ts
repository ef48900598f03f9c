/** A table of plain records with its column order: what analyses hand to the CSV writer and danfojs. */
export interface Table<R = Record<string, unknown>> {
  /** File stem under outputs/ (e.g. "corpus" -> outputs/corpus.csv). */
  name: string;
  title: string;
  columns: string[];
  rows: R[];
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
function field(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes records as CSV text with a header row, columns in the given order; values not in `columns`
 * are left out, missing values are empty. Numbers are written exactly as JavaScript prints them (no
 * float32 rounding, unlike danfojs' toCSV). Empty rows give the header line alone.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [columns.map(field).join(",")];
  for (const r of rows) lines.push(columns.map((c) => field(r[c])).join(","));
  return lines.join("\n") + "\n";
}
