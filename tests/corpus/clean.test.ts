import { test } from "uvu";
import * as assert from "uvu/assert";
import { cleanText, splitLines } from "../../src/corpus/clean";

const roles = (text: string) => cleanText(text).kept.map((k) => [k.role, text.slice(k.start, k.end)]);

test("splitLines handles \\n, \\r\\n and \\r and keeps offsets", () => {
  const lines = splitLines("a\r\nbb\ncc\rd");
  assert.equal(lines.map((l) => [l.line, l.start, l.end]), [[1, 0, 1], [2, 3, 5], [3, 6, 8], [4, 9, 10]]);
});

test("cleanText removes a video prompt and logs it with line number, offsets and rule", () => {
  const text = "Headline here\n\nBody sentence one.\nPlease use Chrome browser for a more accessible video player\nBody two.";
  const { kept, log } = cleanText(text, { article: "x" });
  assert.is(log.length, 1);
  assert.equal(log[0], {
    article: "x", line: 4, start: 34, end: 94, rule: "video-player-prompt",
    reason: "video player prompt, not article text",
    text: "Please use Chrome browser for a more accessible video player",
  });
  assert.is(text.slice(log[0].start, log[0].end), log[0].text);
  assert.equal(kept.map((k) => k.role), ["headline", "body", "body"]);
});

test("cleanText treats an unpunctuated line right after a video prompt as its caption", () => {
  const text = "Headline\nBody.\nPlease use Chrome browser for a more accessible video player\nPresident Joe Biden\nBody two.";
  assert.equal(cleanText(text).kept.map((k) => k.role), ["headline", "body", "caption", "body"]);
});

test("cleanText removes scraper markers, credits, comment footers and agency picture credits", () => {
  const text = [
    "A headline",
    "Body one.",
    "Soldiers unload weapons at the airport. Picture taken January 18, 2022. Handout via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
    "The United Kingdom has sent defensive weapons to Ukraine",
    "Body two.",
    "Credit: The BBC",
    "Source Article",
    "Comments have to be in English, and in full sentences. Please abide to our community guidelines for posting your comment",
  ].join("\n");
  const { kept, log } = cleanText(text);
  assert.equal(log.map((l) => l.rule), ["picture-agency-credit", "credit-line", "source-marker", "comment-policy"]);
  assert.equal(kept.map((k) => [k.role, text.slice(k.start, k.end)]), [
    ["headline", "A headline"],
    ["body", "Body one."],
    ["caption", "The United Kingdom has sent defensive weapons to Ukraine"],
    ["body", "Body two."],
  ]);
});

test("cleanText removes a stray date prefix but keeps the rest of the line, with exact offsets", () => {
  const text = " date 2017-07-11 US Secretary of State Antony Blinken is holding talks.";
  const { kept, log } = cleanText(text);
  assert.equal(log.map((l) => [l.rule, l.text, l.start, l.end]), [["stray-date-prefix", "date 2017-07-11 ", 1, 17]]);
  assert.is(text.slice(kept[0].start, kept[0].end), "US Secretary of State Antony Blinken is holding talks.");
  assert.is(kept[0].role, "body");
});

test("cleanText drops the site-section suffix of the headline line only", () => {
  const text = "Top diplomats meet | World News\n\nA sentence | Not A Suffix Here";
  const { kept, log } = cleanText(text);
  assert.equal(log.map((l) => [l.rule, l.text]), [["site-section-suffix", " | World News"]]);
  assert.is(text.slice(kept[0].start, kept[0].end), "Top diplomats meet");
  assert.is(text.slice(kept[1].start, kept[1].end), "A sentence | Not A Suffix Here");
});

test("cleanText removes a repeated caption line and marks the first copy as caption", () => {
  const text = "Headline\n\nTwo men shake hands in Geneva before talks at a hotel on Friday\nTwo men shake hands in Geneva before talks at a hotel on Friday\n\nBody.";
  const { kept, log } = cleanText(text);
  assert.equal(log.map((l) => [l.rule, l.line]), [["repeated-line", 4]]);
  assert.equal(kept.map((k) => k.role), ["headline", "caption", "body"]);
});

test("cleanText removes publication time stamps", () => {
  const { log } = cleanText("Headline\nPublished : Jan 22, 2022 18:43 IST\nBody.");
  assert.equal(log.map((l) => l.rule), ["publication-metadata"]);
});

test("cleanText tells short unpunctuated lines (subheadings) from long ones (captions) and question subheads", () => {
  assert.equal(roles("Headline\nBody.\nRisk of conflict in Ukraine\nHow unified are the US and its allies?\nUS Secretary of State Antony Blinken says no negotiations can take place without them\nBody."), [
    ["headline", "Headline"],
    ["body", "Body."],
    ["subheading", "Risk of conflict in Ukraine"],
    ["subheading", "How unified are the US and its allies?"],
    ["caption", "US Secretary of State Antony Blinken says no negotiations can take place without them"],
    ["body", "Body."],
  ]);
});

test("cleanText with headline:false treats the first line as body, and 'auto' does not take a sentence as headline", () => {
  assert.equal(cleanText("Short title\nBody.", { headline: false }).kept.map((k) => k.role), ["subheading", "body"]);
  assert.equal(cleanText("A full first sentence ends here.\nBody.").kept.map((k) => k.role), ["body", "body"]);
});

test("cleanText accepts a custom rule list and logs its own reason", () => {
  const rules = [{ id: "no-ads", reason: "advert", scope: "line" as const, pattern: /^AD:/ }];
  const { kept, log } = cleanText("Title\nAD: buy now\nPlease use Chrome browser for a more accessible video player", { rules });
  assert.equal(log.map((l) => [l.rule, l.reason]), [["no-ads", "advert"]]);
  assert.is(kept.length, 2);
});

test("cleanText on empty or blank text keeps nothing and logs nothing", () => {
  assert.equal(cleanText(""), { kept: [], log: [] });
  assert.equal(cleanText(" \n\t\n"), { kept: [], log: [] });
});

test.run();
