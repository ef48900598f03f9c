/** A table of plain records with its column order: what analyses hand to the CSV writer and danfojs. */
export interface Table<R = Record<string, unknown>> {
  /** File stem under outputs/ (e.g. "corpus" -> outputs/corpus.csv). */
  name: string;
  title: string;
  columns: string[];
  rows: R[];
}

export interface CsvOptions {
  /**
   * Write text cells exactly as they are, even those a spreadsheet would run as a formula (see `toCsv`).
   * Default false: such cells get a leading `'`.
   */
  raw?: boolean;
}

// OWASP's trigger characters (= + - @, tab, carriage return), and = + - @ after leading whitespace,
// which some spreadsheets trim on import (LibreOffice's "trim spaces"; Unicode spaces included).
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;
// A plain decimal number ("-1.5", "+3", "2e-4") opens as that number, never as a formula.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** True when a spreadsheet opening the text as a cell could evaluate it as a formula. */
function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** One CSV field per RFC 4180: quoted when it holds a comma, quote, or line break. */
function field(v: unknown, raw: boolean): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s = typeof v === "object" ? JSON.stringify(v) : String(v);
  const neutralised = !raw && isFormulaLike(s);
  if (neutralised) s = `'${s}`;
  return neutralised || /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Writes records as CSV text (RFC 4180) with a header row, columns in the given order; values not in
 * `columns` are left out, missing values are empty. Numbers are written exactly as JavaScript prints
 * them (no float32 rounding, unlike danfojs' toCSV), so -1.5 stays -1.5. Empty rows give the header line
 * alone.
 *
 * Article text reaches these cells, so a text cell a spreadsheet would run as a formula (OWASP "CSV
 * Injection": it starts with = + - @, tab or carriage return, or with = + - @ after leading spaces) is
 * written with a leading `'` and quoted: `=HYPERLINK("http://x")` becomes `"'=HYPERLINK(""http://x"")"`.
 * Text that is a plain decimal number ("-1.5", "+3") is left as it is: a spreadsheet reads it as that
 * number. Options: `raw` (default false) writes text cells unchanged, for programs that need the exact text.
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>, options: CsvOptions = {}): string {
  const { raw = false } = options;
  const lines = [columns.map((c) => field(c, raw)).join(",")];
  for (const r of rows) lines.push(columns.map((c) => field(r[c], raw)).join(","));
  return lines.join("\n") + "\n";
}
