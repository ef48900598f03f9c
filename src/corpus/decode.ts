import { CorpusError } from "./errors";

/**
 * Decodes a file's bytes as UTF-8 text, or throws a CorpusError naming the file and the problem:
 * binary content (NUL bytes), or bytes that are not valid UTF-8 (with the offending byte's offset and a
 * hint when it looks like Latin-1 or Windows-1252, e.g. a pound sign saved as 0xA3).
 * A leading byte-order mark is dropped; nothing else is changed, so offsets stay true to the file.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
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
