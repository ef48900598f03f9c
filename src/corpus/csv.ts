/** One record (row) of a CSV file. */
export interface CsvRecord {
  /** The cells, unquoted: doubled quotes undone, line breaks inside quotes kept as written. */
  cells: string[];
  /** 1-based row number as a spreadsheet numbers rows: the header is row 1, an empty line is a row. */
  row: number;
  /** 1-based line on which the row starts: later than `row` once a quoted cell has spanned lines. */
  line: number;
  /**
   * A quoted cell was still open at the end of the text (its closing quote is missing): everything after
   * the opening quote was read into that cell, so this row swallowed the rest of the file.
   */
  unterminated: boolean;
}

const UNQUOTED = /[^,\r\n]*/y;

/**
 * Splits CSV text into rows of cells, following RFC 4180: cells separated by commas; a cell in double
 * quotes may hold commas, line breaks and doubled quotes (`""` for `"`); rows end with CRLF, LF or a lone
 * CR. A leading byte-order mark is skipped. Lenient where spreadsheets and Python's csv module are: a
 * quote inside an unquoted cell is kept as written (`5" screen`), and text after a closing quote is
 * appended to the cell (`"a"b` gives `ab`). An empty line yields a row with one empty cell, as it is an
 * empty row in a spreadsheet; a final line break does not start another row. Empty text yields no row.
 * Linear in the text's length: unquoted cells are slices of the text, quoted cells are cut at each quote.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  let line = 1;
  while (i < n) {
    row++;
    const startLine = line;
    const cells: string[] = [];
    let unterminated = false;
    for (;;) {
      let cell: string;
      if (text[i] === '"') {
        cell = "";
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            cell += text.slice(from);
            line += lineBreaks(text, from, n);
            i = n;
            unterminated = true;
            break;
          }
          cell += text.slice(from, q);
          line += lineBreaks(text, from, q);
          if (text[q + 1] === '"') {
            cell += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (!unterminated) {
          UNQUOTED.lastIndex = i;
          UNQUOTED.exec(text);
          cell += text.slice(i, UNQUOTED.lastIndex);
          i = UNQUOTED.lastIndex;
        }
      } else {
        UNQUOTED.lastIndex = i;
        UNQUOTED.exec(text);
        cell = text.slice(i, UNQUOTED.lastIndex);
        i = UNQUOTED.lastIndex;
      }
      cells.push(cell);
      if (i < n && text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    // The row ends at a line break (CRLF, LF or CR) or at the end of the text.
    if (i < n) {
      i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
    }
    yield { cells, row, line: startLine, unterminated };
  }
}

/** Line breaks (CRLF, LF or a lone CR, each counted once) in `text[from, to)`. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}
