import { test } from "uvu";
import * as assert from "uvu/assert";
import { decodeUtf8 } from "../../src/corpus/decode";
import { CorpusError } from "../../src/corpus/errors";

test("decodeUtf8 decodes UTF-8 and drops a leading byte-order mark only", () => {
  assert.is(decodeUtf8(Buffer.from("\uFEFFcaf\u00E9 \u2019", "utf8"), "a.txt"), "caf\u00E9 \u2019");
  assert.is(decodeUtf8(Buffer.from("", "utf8"), "a.txt"), "");
});

test("decodeUtf8 rejects a Latin-1 pound sign naming the file, byte, offset and a fix", () => {
  const bytes = Buffer.from([0x43, 0x6f, 0x73, 0x74, 0x20, 0xa3, 0x35]); // "Cost £5" in Latin-1
  try {
    decodeUtf8(bytes, "corpus/price.txt");
    assert.unreachable("should throw");
  } catch (e) {
    assert.instance(e, CorpusError);
    const msg = (e as Error).message;
    assert.match(msg, /^corpus\/price\.txt: is not valid UTF-8: byte 0xA3 at offset 5/);
    assert.match(msg, /"£" in Latin-1/);
    assert.match(msg, /iconv/);
  }
});

test("decodeUtf8 rejects binary content (NUL bytes)", () => {
  assert.throws(() => decodeUtf8(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "x.txt"), /x\.txt: looks binary \(a NUL byte at offset 4\)/);
});

test("decodeUtf8 reports a truncated multi-byte sequence at its first byte", () => {
  assert.throws(() => decodeUtf8(Buffer.from([0x61, 0xe2, 0x80]), "t.txt"), /byte 0xE2 at offset 1/);
});

const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();
const article = "Talks in Geneva\n\nMr Blinken said the talks were useful.\n";

test("decodeUtf8 names a UTF-16 file with a byte-order mark (FF FE or FE FF) and how to convert it, not 'binary'", () => {
  for (const [bytes, order] of [[Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(article)]), "little-endian, byte-order mark FF FE"], [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(article)]), "big-endian, byte-order mark FE FF"]] as const) {
    try {
      decodeUtf8(bytes, "corpus/notepad.txt");
      assert.unreachable("should throw");
    } catch (e) {
      assert.instance(e, CorpusError);
      assert.is((e as Error).message, `corpus/notepad.txt: is UTF-16 text (${order}), not UTF-8; framelens reads UTF-8. Convert it, e.g. \`iconv -f UTF-16 -t UTF-8 "corpus/notepad.txt" > fixed.txt\`, and list the converted file`);
    }
  }
  // Even a UTF-16 file of non-Latin text (no NUL bytes at all) is known by its mark.
  assert.throws(() => decodeUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("\u041C\u0438\u0440")]), "ru.txt"), /ru\.txt: is UTF-16 text/);
});

test("decodeUtf8 recognises UTF-16 without a byte-order mark by its NUL high bytes and names the byte order for iconv", () => {
  // "Talks in Geneva..." is 56 characters, all ASCII: 56 NULs at odd offsets (little-endian) or even ones (big-endian).
  assert.throws(() => decodeUtf8(utf16le(article), "le.txt"), (e: Error) => e.message.startsWith("le.txt: is UTF-16 text (little-endian without a byte-order mark: 56 of the first 56 characters are ASCII with a NUL byte)") && e.message.includes('iconv -f UTF-16LE -t UTF-8 "le.txt"'));
  assert.throws(() => decodeUtf8(utf16be(article), "be.txt"), (e: Error) => e.message.includes("big-endian without a byte-order mark") && e.message.includes("iconv -f UTF-16BE"));
});

test("decodeUtf8 names UTF-32 by its byte-order mark", () => {
  const le32 = Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);
  assert.throws(() => decodeUtf8(le32, "w.txt"), /w\.txt: is UTF-32 text \(little-endian, byte-order mark FF FE 00 00\).*iconv -f UTF-32 -t UTF-8/);
});

test("decodeUtf8 still calls NUL bytes that are not UTF-16 text binary", () => {
  // A PNG header: NULs, but no run of ASCII characters with NUL high bytes.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
  assert.throws(() => decodeUtf8(png, "img.txt"), /img\.txt: looks binary \(a NUL byte at offset 8\)/);
  // UTF-8 text with a single stray NUL is binary too: one NUL is not every other byte.
  assert.throws(() => decodeUtf8(Buffer.from("Mr Blinken said the talks were useful.\u0000", "utf8"), "nul.txt"), /looks binary \(a NUL byte at offset 38\)/);
});

test.run();
