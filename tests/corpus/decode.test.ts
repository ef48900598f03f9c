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

test.run();
