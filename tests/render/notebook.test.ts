import { test } from "uvu";
import * as assert from "uvu/assert";
import { show, showTable } from "../../src/render/notebook";

type Sent = { data: Record<string, unknown> };
const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };

function capture(fn: () => void): Sent[] {
  const sent: Sent[] = [];
  const before = jupyter.lastWriteDisplayData;
  jupyter.lastWriteDisplayData = (d: Sent) => sent.push(d);
  try {
    fn();
  } finally {
    jupyter.lastWriteDisplayData = before;
  }
  return sent;
}

const fig = { data: [{ type: "bar", x: ["</script>"], y: [1] }], layout: { title: { text: "T" } } };

test("show sends one output with html, plotly JSON and text, and the plotly library only the first time", () => {
  const [first, second] = capture(() => {
    show(fig);
    show(fig);
  });
  assert.equal(Object.keys(first.data), ["text/html", "application/vnd.plotly.v1+json", "text/plain"]);
  const html1 = first.data["text/html"] as string;
  const html2 = second.data["text/html"] as string;
  assert.ok(html1.length > 1_000_000, "first output carries plotly");
  assert.ok(html2.length < 5_000, "later outputs do not");
  assert.is(html2.split("</script>").length, 2);
  assert.equal((first.data["application/vnd.plotly.v1+json"] as { data: unknown }).data, fig.data);
  assert.is(first.data["text/plain"], "<plotly figure: T>");
});

test("showTable renders records, Tables and DataFrames with escaped cells", () => {
  const [a, b] = capture(() => {
    showTable([{ who: "<b>x</b>", n: 2 }]);
    showTable({ columns: ["n"], rows: [{ n: 1 }, { n: 2 }] }, { maxRows: 1 });
  });
  assert.match(a.data["text/html"] as string, /&lt;b&gt;x&lt;\/b&gt;/);
  assert.is(a.data["text/plain"], "who\tn\n<b>x</b>\t2");
  assert.match(b.data["text/html"] as string, /Showing 1 of 2 rows/);
});

test("show outside a tslab kernel explains what to use instead", () => {
  const before = jupyter.lastWriteDisplayData;
  jupyter.lastWriteDisplayData = undefined;
  try {
    assert.throws(() => show(fig), /inside a Jupyter notebook running the tslab kernel; outside one, use exportFigure\(\)/);
  } finally {
    jupyter.lastWriteDisplayData = before;
  }
});

test.run();
