import { CorpusError } from "./errors";

/**
 * Decodes a file's bytes as UTF-8 text, or throws a CorpusError naming the file and the problem:
 * UTF-16 or UTF-32 text (a byte-order mark FF FE / FE FF, or without one, NUL bytes in every other
 * position), with the `iconv` command that converts it; binary content (other NUL bytes); or bytes that
 * are not valid UTF-8 (with the offending byte's offset and a hint when it looks like Latin-1 or
 * Windows-1252, e.g. a pound sign saved as 0xA3).
 * A leading UTF-8 byte-order mark is dropped; nothing else is changed, so offsets stay true to the file.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const wide = wideEncoding(bytes);
  if (wide) {
    throw new CorpusError(
      file,
      `is ${wide.name} text (${wide.evidence}), not UTF-8; framelens reads UTF-8. Convert it, e.g. \`iconv -f ${wide.iconv} -t UTF-8 "${file}" > fixed.txt\`, and list the converted file`,
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new CorpusError(file, `looks binary (a NUL byte at offset ${nul}); framelens reads plain-text .txt articles encoded as UTF-8`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at];
    const hint = byte >= 0x80 ? ` (0x${byte.toString(16).toUpperCase()} is "${latin1Char(byte)}" in Latin-1/Windows-1252)` : "";
    throw new CorpusError(
      file,
      `is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase()} at offset ${at}${hint}. Re-save it as UTF-8, e.g. \`iconv -f WINDOWS-1252 -t UTF-8 "${file}" > fixed.txt\``,
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function latin1Char(byte: number): string {
  return new TextDecoder("windows-1252").decode(Uint8Array.of(byte));
}

/** Offset of the first byte that breaks UTF-8 (bytes are known to be invalid somewhere). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

interface WideEncoding {
  name: string;
  /** What gave it away, for the message. */
  evidence: string;
  /** The name iconv needs with `-f`. */
  iconv: string;
}

/** How many leading bytes are sampled for NUL positions when there is no byte-order mark. */
const SAMPLE_BYTES = 4096;

/**
 * Recognises UTF-16 and UTF-32 files, which editors on Windows ("Unicode" in Notepad) and some exports
 * write: by their byte-order mark, or, without one, by the shape of UTF-16 English text in the first
 * 4 kB: at least a quarter of the characters are ASCII letters, digits, punctuation or spaces with a NUL
 * high byte, and hardly any NUL sits in the other byte of a pair. Null when the bytes look like neither.
 */
function wideEncoding(bytes: Uint8Array): WideEncoding | null {
  const [b0, b1, b2, b3] = bytes;
  if (bytes.length >= 4 && b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { name: "UTF-32", evidence: "little-endian, byte-order mark FF FE 00 00", iconv: "UTF-32" };
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { name: "UTF-32", evidence: "big-endian, byte-order mark 00 00 FE FF", iconv: "UTF-32" };
  if (bytes.length >= 2 && b0 === 0xff && b1 === 0xfe) return { name: "UTF-16", evidence: "little-endian, byte-order mark FF FE", iconv: "UTF-16" };
  if (bytes.length >= 2 && b0 === 0xfe && b1 === 0xff) return { name: "UTF-16", evidence: "big-endian, byte-order mark FE FF", iconv: "UTF-16" };
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  const pairs = n / 2;
  let asciiLE = 0;
  let asciiBE = 0;
  let nulLow = 0; // NULs at even offsets: the low byte in little-endian
  let nulHigh = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0) nulLow++;
    if (b === 0) nulHigh++;
    if (b === 0 && isAsciiText(a)) asciiLE++;
    if (a === 0 && isAsciiText(b)) asciiBE++;
  }
  const enough = (ascii: number, strayNuls: number) => ascii >= 2 && ascii >= pairs / 4 && strayNuls <= pairs / 20;
  // Without a mark iconv's "UTF-16" assumes big-endian, so name the byte order.
  if (enough(asciiLE, nulLow)) return { name: "UTF-16", evidence: `little-endian without a byte-order mark: ${asciiLE} of the first ${pairs} characters are ASCII with a NUL byte`, iconv: "UTF-16LE" };
  if (enough(asciiBE, nulHigh)) return { name: "UTF-16", evidence: `big-endian without a byte-order mark: ${asciiBE} of the first ${pairs} characters are ASCII with a NUL byte`, iconv: "UTF-16BE" };
  return null;
}

/** Printable ASCII, tab, line feed or carriage return. */
function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}
