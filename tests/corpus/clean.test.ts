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

test("cleanText on empty or blank text keeps nothing, logs nothing and notes nothing", () => {
  assert.equal(cleanText(""), { kept: [], log: [], notes: [] });
  assert.equal(cleanText(" \n\t\n"), { kept: [], log: [], notes: [] });
});

test("cleanText keeps every word of a three-sentence paragraph that mentions Getty Images", () => {
  const para = "Getty Images said on Monday that it had licensed the pictures to three newspapers. Editors at two of them confirmed the deal. Neither would say how much it had paid.";
  const text = `Photo agency deal\n\n${para}\n\nBody two.`;
  const { kept, log } = cleanText(text);
  assert.equal(log, []);
  assert.equal(kept.map((k) => [k.role, text.slice(k.start, k.end)]), [["headline", "Photo agency deal"], ["body", para], ["body", "Body two."]]);
});

test("cleanText keeps a paragraph that says comments are moderated inside a sentence", () => {
  const para = "The forum says comments are moderated by volunteers. Critics say the volunteers are overworked.";
  const { kept, log } = cleanText(`Headline\n${para}\nComments are moderated`);
  assert.equal(log.map((l) => [l.rule, l.text]), [["comment-policy", "Comments are moderated"]]);
  assert.equal(kept.map((k) => k.role), ["headline", "body"]);
});

test("cleanText removes a line that is only a picture credit, logs it with exact offsets, and takes the next short line for its caption", () => {
  const text = "Headline\nBody one.\nPhoto: Jane Roe/AFP via Getty Images\nTwo ministers shake hands in a hotel lobby\nBody two.";
  const { kept, log } = cleanText(text, { article: "x" });
  // "Headline\n" is 9 characters, "Body one.\n" 10: the credit line starts at 19 and has 36 characters.
  assert.equal(log, [{
    article: "x", line: 3, start: 19, end: 55, rule: "picture-agency-credit",
    reason: "picture caption (one sentence) ending in an agency credit (REUTERS, AP, AFP, Getty, ...), or a line that is only the credit",
    text: "Photo: Jane Roe/AFP via Getty Images",
  }]);
  assert.is(text.slice(19, 55), log[0].text);
  assert.equal(kept.map((k) => k.role), ["headline", "body", "caption", "body"]);
});

test("cleanText removes a one-sentence picture caption that ends in an agency credit", () => {
  const { kept, log } = cleanText("Headline\nBody one.\nSoldiers unload crates at an airport outside the capital on Tuesday. REUTERS/Jane Roe\nBody two.");
  assert.equal(log.map((l) => [l.rule, l.line]), [["picture-agency-credit", 3]]);
  assert.equal(kept.map((k) => k.role), ["headline", "body", "body"]);
});

test("cleanText removes only the credit from a line of several body sentences ending in a credit, and notes it", () => {
  const body = "The talks lasted two hours and ended without a deal. Both sides said they would meet again next week. A joint statement is expected on Monday.";
  const text = `Headline\n\n${body} REUTERS/Jane Roe\n\nBody two.`;
  const { kept, log, notes } = cleanText(text);
  // The paragraph starts at 10 ("Headline\n\n") and has 52 + 49 + 41 = 142 characters; the credit
  // (16 characters) follows one space later: 153..169.
  assert.is(body.length, 142);
  assert.equal(log.map((l) => [l.rule, l.line, l.start, l.end, l.text]), [["picture-agency-credit", 3, 153, 169, "REUTERS/Jane Roe"]]);
  assert.is(text.slice(153, 169), "REUTERS/Jane Roe");
  assert.equal(kept.map((k) => [k.role, text.slice(k.start, k.end)]), [["headline", "Headline"], ["body", body], ["body", "Body two."]]);
  assert.equal(notes.map((n) => [n.line, n.rule]), [[3, "picture-agency-credit"]]);
  assert.match(notes[0].message, /3 sentences besides the match.*only the matched part \("REUTERS\/Jane Roe"\) was removed/);
});

test("cleanText removes a credit from the middle of a long line and keeps the text on both sides as two paragraphs", () => {
  const before = "Soldiers unloaded crates at the airport on Tuesday.";
  const after = "The ministry said more deliveries would follow this week.";
  const text = `${before} Jane Roe/AFP via Getty Images ${after}`;
  // before: 51 characters, then one space: the credit spans 52..81 (29 characters). Run it often enough for
  // V8 to compile the patterns to native code, which once matched differently from its interpreter.
  for (let run = 0; run < 30; run++) {
    const { kept, log } = cleanText(text, { headline: false });
    assert.equal(log.map((l) => [l.rule, l.start, l.end, l.text]), [["inline-picture-credit", 52, 81, "Jane Roe/AFP via Getty Images"]]);
    assert.equal(kept.map((k) => [k.line, k.role, text.slice(k.start, k.end)]), [[1, "body", before], [1, "body", after]]);
  }
});

test("cleanText removes a video prompt from the middle of a line, and a comment footer and credit from its end", () => {
  const a = "The envoys met for two hours.";
  const b = "Both sides called the talks useful.";
  const prompt = "Please use Chrome browser for a more accessible video player";
  const footer = "Comments have to be in English, and in full sentences. Please abide by our community guidelines for posting your comment.";
  const text = `${a} ${prompt} ${b} ${footer}`;
  const { kept, log } = cleanText(text, { headline: false });
  assert.equal(log.map((l) => [l.rule, l.text]), [["video-player-prompt", prompt], ["comment-policy", footer]]);
  for (const l of log) assert.is(text.slice(l.start, l.end), l.text);
  assert.equal(kept.map((k) => [k.role, text.slice(k.start, k.end)]), [["body", a], ["body", b]]);
  const credited = cleanText(`${a} ${b} Credit: The Daily Example`, { headline: false });
  assert.equal(credited.log.map((l) => [l.rule, l.text]), [["credit-line", "Credit: The Daily Example"]]);
});

test("cleanText takes a long paragraph without final punctuation for body, not caption", () => {
  const para = "The envoys met for two hours in a lakeside hotel and agreed to meet again. Neither side gave ground on the main demands and both said the other must move first before any deal";
  assert.equal(roles(`Headline\nBody.\n${para}`), [["headline", "Headline"], ["body", "Body."], ["body", para]]);
});

test("cleanText takes a long line that names (left) for body, and a short one for a caption", () => {
  const long = "The foreign minister (left) and his counterpart spoke for two hours on Friday, and aides said the talks had been frank. Neither side expected a breakthrough, and both planned to report back to their capitals before the weekend.";
  const short = "The foreign minister (left) greets his counterpart in Geneva";
  assert.equal(roles(`Headline\n${long}\n${short}\nBody.`).map((r) => r[0]), ["headline", "body", "caption", "body"]);
});

test("cleanText takes an unpunctuated line ending in a colon, holding a quote or starting in lower case for body", () => {
  assert.equal(roles('Headline\nThe ministry issued a short statement after the meeting:\n"We will not be rushed into any agreement," a spokesman said\nand it promised a fuller account within days of the\nBody.').map((r) => r[0]), [
    "headline", "body", "body", "body", "body",
  ]);
});

test("cleanText splits a given headline off a first line that goes on (a file flattened to one line)", () => {
  const text = "Envoys meet in Geneva \u2013 but what do they want? The envoys met on Friday. They talked for two hours.";
  const { kept } = cleanText(text, { headline: true, headlineText: "Envoys meet in Geneva - but what do they want?" });
  assert.equal(kept.map((k) => [k.role, text.slice(k.start, k.end)]), [
    ["headline", "Envoys meet in Geneva \u2013 but what do they want?"],
    ["body", "The envoys met on Friday. They talked for two hours."],
  ]);
});

test("cleanText does not take a first line of more than 30 words for the headline, and notes it", () => {
  const text = "The envoys met on Friday in Geneva for talks that both sides had said would not bring a breakthrough, and they left after two hours without a joint statement or a date for the next round.";
  const { kept, notes } = cleanText(text, { headline: true, headlineText: "Envoys meet in Geneva" });
  assert.equal(kept.map((k) => k.role), ["body"]);
  assert.equal(notes.map((n) => [n.line, n.rule]), [[1, "headline"]]);
  assert.match(notes[0].message, /too many for a headline/);
});

test("cleanText line rules remove a short matching line whole, but only the match (or nothing) in a long line, with a note", () => {
  const rules = [
    { id: "ad-tag", reason: "advert", scope: "line" as const, pattern: /AD:/, maxWords: 5 },
    { id: "ad-line", reason: "advert line", scope: "line" as const, pattern: /^PROMO .*$/, maxWords: 5 },
  ];
  const text = "AD: buy now\nThe envoys met on Friday AD: and talked for two hours.\nPROMO the envoys met on Friday and talked for two hours.";
  const { kept, log, notes } = cleanText(text, { rules, headline: false });
  assert.equal(log.map((l) => [l.rule, l.line, l.text]), [["ad-tag", 1, "AD: buy now"], ["ad-tag", 2, "AD:"]]);
  assert.equal(kept.map((k) => text.slice(k.start, k.end)), ["The envoys met on Friday", "and talked for two hours.", "PROMO the envoys met on Friday and talked for two hours."]);
  assert.equal(notes.map((n) => [n.line, n.rule]), [[2, "ad-tag"], [3, "ad-line"]]);
  assert.match(notes[0].message, /only the matched part \("AD:"\) was removed/);
  assert.match(notes[1].message, /nothing was removed/);
});

test("cleanText throws on a rule with an unknown scope, naming the rule and the allowed scopes", () => {
  const rules = [{ id: "odd", reason: "x", scope: "page" as never, pattern: /x/ }];
  assert.throws(() => cleanText("Headline", { rules }), /cleaning rule "odd": unknown scope "page"; expected one of line, span, prefix, suffix/);
});

test("cleanText logs every removal with text.slice(start, end) === entry.text", () => {
  const text = " date 2017-07-11 A headline | World News\nBody one. Jane Roe/AFP via Getty Images Body two.\nPlease use Chrome browser for a more accessible video player\nPublished : Jan 22, 2022 18:43 IST\nSource Article";
  const { log } = cleanText(text);
  assert.equal(log.map((l) => l.rule), ["stray-date-prefix", "site-section-suffix", "inline-picture-credit", "video-player-prompt", "publication-metadata", "source-marker"]);
  for (const l of log) assert.is(text.slice(l.start, l.end), l.text);
});

test.run();
