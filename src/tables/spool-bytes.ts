import * as fs from "fs";
import { StringDecoder } from "string_decoder";

// A RowSpool's lines as bytes: gathered in a Buffer and appended to a file (LineBytes), and read back in
// pieces, as bytes or as text (bytePieces, textPieces, decodedPieces).

/** Bytes a RowSpool reads back at a time. */
const SPOOL_READ_BYTES = 1024 * 1024;

/** A file's text in pieces of at most SPOOL_READ_BYTES, decoded as UTF-8 (see decodedPieces). */
export function textPieces(file: string): Generator<string> {
  return decodedPieces(bytePieces(file));
}

/**
 * Pieces of text and UTF-8 bytes as text: strings as they are, Buffers decoded (a character cut by a
 * Buffer's end goes with the next one).
 */
export function* decodedPieces(pieces: Iterable<string | Buffer>): Generator<string> {
  const decoder = new StringDecoder("utf8");
  for (const piece of pieces) {
    const text = typeof piece === "string" ? piece : decoder.write(piece);
    if (text) yield text;
  }
  const end = decoder.end();
  if (end) yield end;
}

/** A file's bytes in pieces of at most SPOOL_READ_BYTES, each a Buffer of its own (a caller may keep it). */
export function* bytePieces(file: string): Generator<Buffer> {
  const fd = fs.openSync(file, "r");
  try {
    for (;;) {
      const piece = Buffer.allocUnsafe(SPOOL_READ_BYTES);
      const got = fs.readSync(fd, piece, 0, piece.length, null);
      if (got === 0) break;
      yield piece.subarray(0, got);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes of rows a RowSpool gathers before appending them to its file. */
export const SPOOL_FLUSH_BYTES = 256 * 1024;

/**
 * Lines of text gathered as UTF-8 bytes in one Buffer until they are appended to a file. Why not a string
 * grown line by line: appending such a string meant flattening a rope of thousands of pieces and encoding
 * it, 0.5 s of the main thread for the bench corpus's 84 MB of spooled lines; RowSpool.push writes each
 * row into the Buffer cell by cell instead.
 */
export class LineBytes {
  // Starts small and doubles as rows come (past SPOOL_FLUSH_BYTES only for a row longer than that: the
  // spool appends the bytes to its file once they reach SPOOL_FLUSH_BYTES), so a short table holds a few KB.
  private bytes = Buffer.allocUnsafe(4096);
  used = 0;
  private lineStart = 0;

  /** Marks where the next line starts (see lastLine). */
  startLine(): void {
    this.lineStart = this.used;
  }

  /** Forgets what was added since startLine. */
  dropLine(): void {
    this.used = this.lineStart;
  }

  /** The last line, from startLine to before its line break, as text. */
  lastLine(): string {
    return this.bytes.toString("utf8", this.lineStart, this.used - 1);
  }

  byte(b: number): void {
    if (this.used === this.bytes.length) this.grow(1);
    this.bytes[this.used++] = b;
  }

  /**
   * Adds `text` as UTF-8 (a UTF-16 unit takes at most 3 bytes). A short text is copied unit by unit while
   * it is ASCII: for a number or a word that is faster than a call into Buffer's encoder.
   */
  text(text: string): void {
    const n = text.length;
    if (this.used + 3 * n > this.bytes.length) this.grow(3 * n);
    const bytes = this.bytes;
    let at = this.used;
    if (n <= SHORT_TEXT) {
      let k = 0;
      for (; k < n; k++) {
        const unit = text.charCodeAt(k);
        if (unit >= 0x80) break;
        bytes[at++] = unit;
      }
      if (k === n) {
        this.used = at;
        return;
      }
    }
    this.used += bytes.write(text, this.used, "utf8");
  }

  private grow(atLeast: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.used + atLeast, 2 * this.bytes.length));
    this.bytes.copy(larger, 0, 0, this.used);
    this.bytes = larger;
  }

  /** Appends the gathered bytes to `file` and starts afresh. */
  appendTo(file: string): void {
    fs.appendFileSync(file, this.bytes.subarray(0, this.used));
    this.used = 0;
    if (this.bytes.length > 2 * SPOOL_FLUSH_BYTES) this.bytes = Buffer.allocUnsafe(2 * SPOOL_FLUSH_BYTES);
  }
}

/** Longest text LineBytes.text copies unit by unit (see there). */
const SHORT_TEXT = 32;
