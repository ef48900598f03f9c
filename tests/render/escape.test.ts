import { test } from "uvu";
import * as assert from "uvu/assert";
import { escapeHtml, jsonForScript } from "../../src/render/escape";
import { figureDiv } from "../../src/render/figure-html";
import { tableHtml } from "../../src/render/table-html";

const EVIL = '</script><script>window.__pwned=1</script><!-- \u2028 & "x"';

test("escapeHtml escapes the five HTML-special characters", () => {
  assert.is(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("jsonForScript cannot close a script and parses back to the same value", () => {
  const s = jsonForScript({ text: EVIL });
  assert.not.match(s, /<|>|\u2028/);
  assert.equal(JSON.parse(s), { text: EVIL });
});

test("figureDiv places article text in the figure without a closing script tag", () => {
  const html = figureDiv({ data: [{ type: "bar", x: [EVIL], y: [1] }], layout: { title: { text: EVIL } } }, { id: "c1" });
  assert.is(html.split("</script>").length, 2); // only the figure's own closing tag
  assert.ok(html.startsWith('<div id="c1"'));
});

test("tableHtml escapes every cell and notes rows left out", () => {
  const html = tableHtml({ name: "t", columns: ["text", "n"], rows: [{ text: EVIL, n: 1.23456 }, { text: "b", n: 2 }] }, { maxRows: 1 });
  assert.not.match(html, /<script>/);
  assert.match(html, /&lt;\/script&gt;/);
  assert.match(html, /1\.235/);
  assert.match(html, /Showing 1 of 2 rows; all rows in <code>t\.csv<\/code>/);
  assert.match(tableHtml({ columns: ["a"], rows: [] }), /no rows/);
});

test.run();
