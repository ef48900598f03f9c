import { test } from "uvu";
import * as assert from "uvu/assert";
import { defaultActorRegistry } from "../../src/actors/registry";
import { parseArticle } from "../../src/corpus/parse";
import { Tokenizer, winkTokenizer } from "../../src/corpus/tokenize";
import { checkArticle } from "./check";
import { Findings, checkParsed } from "./invariants";

const registry = defaultActorRegistry();
const TEXT = "Talks in Geneva\n\n\u201CThis is a critical moment,\u201D Mr Blinken said. Lavrov said Russia was not expecting a breakthrough today.\n\nCredit: The Agency";

test("checkArticle finds nothing wrong with a plain article and times every stage", () => {
  const r = checkArticle(TEXT, { registry });
  assert.equal(r.findings, []);
  assert.is(r.chars, TEXT.length);
  assert.ok(r.stageMs.parse > 0 && r.stageMs.quotes >= 0 && r.ms >= r.stageMs.parse);
});

test("checkArticle reports an empty token and a token whose text is not its slice", () => {
  const broken: Tokenizer = (text) => {
    const out = winkTokenizer(text);
    out.tokens[0] = { ...out.tokens[0], end: out.tokens[0].start };
    return out;
  };
  const kinds = checkArticle("It ended. Then it began.", { registry, tokenizer: broken }).findings.map((f) => f.kind);
  assert.ok(kinds.includes("token: empty"), kinds.join("; "));
});

test("checkArticle names the stage, the error and the function of an exception", () => {
  const throwing: Tokenizer = () => {
    throw new TypeError("no tokens for 12 chars");
  };
  const [f] = checkArticle("It ended.", { registry, tokenizer: throwing }).findings;
  assert.match(f.kind, /^parse threw TypeError: no tokens for N chars at throwing \(tests\/fuzz\/check\.test\.ts\)$/);
});

test("checkParsed reports non-blank text that is neither in a paragraph nor in the cleaning log", () => {
  const a = parseArticle("First line here.\nSecond line here.", { headline: null });
  const f = new Findings();
  checkParsed(f, a.text, { ...a, paragraphs: a.paragraphs.slice(0, 1), sentences: a.sentences.slice(0, 1), tokens: a.tokens.slice(0, a.sentences[0].tokenEnd) });
  assert.equal(f.list().map((x) => x.kind), ["cleaner: text neither kept nor logged"]);
  assert.ok(f.list()[0].message.startsWith('"Second line here." at 17'));
});

test("checkParsed reports one removal longer than any boilerplate, but not a repeated line", () => {
  const body = Array.from({ length: 120 }, (_, i) => `word${i}`).join(" ");
  const a = parseArticle(`Headline\n${body}`);
  const removal = { article: a.id, line: 2, start: 9, end: 9 + body.length, reason: "test", text: body };
  const kinds = (rule: string) => {
    const f = new Findings();
    checkParsed(f, a.text, { ...a, paragraphs: a.paragraphs.slice(0, 1), sentences: a.sentences.slice(0, 1), tokens: a.tokens.slice(0, a.sentences[0].tokenEnd), cleaning: [{ ...removal, rule }] });
    return f.list().map((x) => x.kind);
  };
  assert.equal(kinds("comment-policy"), ["cleaner: one removal of over 100 words and 600 chars (body text taken for boilerplate)"]);
  assert.equal(kinds("repeated-line"), []);
});

test.run();
