import { test } from "uvu";
import * as assert from "uvu/assert";
import { cleanText } from "../../src/corpus/clean";
import { CleaningRule, DEFAULT_CLEANING_RULES, compileRule, compileRules } from "../../src/corpus/clean-rules";

// Agency names as the credit patterns spell them, and credit shapes around them: every text here that a
// rule's pattern matches must pass the rule's prefilter too.
const AGENCIES = ["AFP via Getty Images", "REX/Shutterstock", "Rex/Shutterstock", "Getty Images", "Anadolu Agency", "SOPA Images", "PA Wire", "PA Media", "EPA-EFE", "REUTERS", "Reuters", "Shutterstock", "Bloomberg", "NurPhoto", "Xinhua", "Alamy", "AFP", "EPA", "dpa", "AP", "PA"];
const CREDIT_SHAPES = [
  (a: string) => a,
  (a: string) => `Jane Roe/${a}`,
  (a: string) => `Jane Roe / ${a}`,
  (a: string) => `${a}/Jane Roe`,
  (a: string) => `${a}/Jane Roe/File Photo`,
  (a: string) => `Photo: ${a}`,
  (a: string) => `Image source, ${a}`,
  (a: string) => `Picture credit: Jane Roe/${a}`,
  (a: string) => `(${a})`,
  (a: string) => `(Photo by Jane Roe/${a})`,
  (a: string) => `(${a} Photo/Jane Roe, File)`,
  (a: string) => `Ministers meet in Geneva on Friday. ${a}/Jane Roe`,
  (a: string) => `Ministers meet in Geneva on Friday. Jane Roe/${a} The talks went on.`,
];
const EXAMPLES = [
  ...AGENCIES.flatMap((a) => CREDIT_SHAPES.map((shape) => shape(a))),
  "Picture taken January 18, 2022. Ukrainian Defence Ministry/Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
  "Jane Roe via REUTERS",
  "AP Photo/Alex Brandon",
  "Please use Chrome browser for a more accessible video player",
  "Body text. Please use the Firefox browser for a more accessible VIDEO player and more.",
  "This video can not be played",
  "this video is not available",
  "The talks ended. Source Article",
  "SOURCE ARTICLE",
  "Credit: The BBC",
  "CREDIT: Jane Roe",
  "The talks ended. © Example News 2022",
  "Copyright 2022 Example News",
  "Copyright (c) 2021 Example News",
  "Comments have to be in English, and in full sentences.",
  "COMMENTS ARE CLOSED.",
  "Please abide to our community guidelines for posting your comment",
  "Please read our commenting guidelines.",
  "Getty Images said on Monday that it had licensed the pictures.",
  "Talks in Geneva ended without a deal.",
];

const withPrefilter = DEFAULT_CLEANING_RULES.filter((r): r is CleaningRule & { prefilter: RegExp } => r.prefilter !== undefined);

test("compileRules compiles a list once, and again when the list's rules change", () => {
  const rules: CleaningRule[] = DEFAULT_CLEANING_RULES.slice(0, 3);
  const first = compileRules(rules);
  assert.equal(first.map((c) => c.rule.id), rules.map((r) => r.id));
  assert.equal(first.map((c) => [c.once.source, c.all.flags.includes("g"), c.prefilter?.source ?? null]), rules.map(compileRule).map((c) => [c.once.source, c.all.flags.includes("g"), c.prefilter?.source ?? null]));
  assert.is(compileRules(rules), first, "the same list: the same compiled rules");
  rules[1] = DEFAULT_CLEANING_RULES[5];
  const second = compileRules(rules);
  assert.is.not(second, first);
  assert.equal(second.map((c) => c.rule.id), [DEFAULT_CLEANING_RULES[0].id, DEFAULT_CLEANING_RULES[5].id, DEFAULT_CLEANING_RULES[2].id]);
  rules.push(DEFAULT_CLEANING_RULES[6]);
  assert.is(compileRules(rules).length, 4, "a rule added in place is compiled too");
  assert.is.not(compileRules(rules.slice()), compileRules(rules), "another list is compiled on its own");
});

test("the default rules with a prefilter are the slow-to-rule-out ones: prompts, footers, credits", () => {
  assert.equal(withPrefilter.map((r) => r.id), ["video-player-prompt", "source-marker", "credit-line", "comment-policy", "picture-agency-credit", "inline-picture-credit"]);
});

test("each default prefilter compares letters as its pattern does (ignoring case exactly when the pattern does)", () => {
  for (const r of withPrefilter) assert.is(r.prefilter.ignoreCase, r.pattern.ignoreCase, r.id);
});

test("each default prefilter passes every example its rule's pattern matches, and each rule matches some", () => {
  for (const r of withPrefilter) {
    const matched = EXAMPLES.filter((s) => new RegExp(r.pattern.source, r.pattern.flags).test(s));
    assert.ok(matched.length > 0, `${r.id}: no example matches its pattern`);
    for (const s of matched) assert.ok(r.prefilter.test(s), `${r.id}: prefilter rejects ${JSON.stringify(s)}, which its pattern matches`);
  }
});

test("cleanText does not run a rule's pattern on a line its prefilter rejects", () => {
  const rule: CleaningRule = { id: "ad", reason: "advert", scope: "line", pattern: /^AD:/, prefilter: /never/ };
  const { kept, log } = cleanText("Title\nAD: buy now\nBody.", { rules: [rule] });
  assert.equal(log, []);
  assert.is(kept.length, 3);
});

test("cleanText applies a rule whose prefilter passes, and a global prefilter keeps no state between lines", () => {
  const rule: CleaningRule = { id: "ad", reason: "advert", scope: "line", pattern: /^AD:/, prefilter: /AD/g };
  const { log } = cleanText("Title\nAD: buy now\nAD: buy more\nBody.", { rules: [rule] });
  assert.equal(log.map((e) => e.text), ["AD: buy now", "AD: buy more"]);
});

test.run();
