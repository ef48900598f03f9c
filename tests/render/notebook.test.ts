import { test } from "uvu";
import * as assert from "uvu/assert";
import { Figure } from "../../src/charts/types";
import { ImageExporter, ImageFormat } from "../../src/render/image-export";
import { ChartOutput, chartOutput, show, showTable, SVG_MAX_BYTES, staticImage } from "../../src/render/notebook";
import { plotlyBundle, plotlyLoaderScript, plotlyProjectPath } from "../../src/render/plotly-bundle";

type Sent = { data: Record<string, unknown>; metadata: Record<string, unknown> };
const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };

async function capture(fn: () => Promise<void> | void): Promise<Sent[]> {
  const sent: Sent[] = [];
  const before = jupyter.lastWriteDisplayData;
  jupyter.lastWriteDisplayData = (d: Sent) => sent.push(d);
  try {
    await fn();
  } finally {
    jupyter.lastWriteDisplayData = before;
  }
  return sent;
}

/** An exporter that returns fixed bytes per format and counts its calls (no browser). */
function fakeExporter(images: Record<ImageFormat, string | Buffer | Error>): ImageExporter & { calls: ImageFormat[] } {
  const calls: ImageFormat[] = [];
  return {
    calls,
    async render(_fig: Figure, format: ImageFormat) {
      calls.push(format);
      const x = images[format];
      if (x instanceof Error) throw x;
      return Buffer.isBuffer(x) ? x : Buffer.from(x, "utf8");
    },
    async close() {},
  };
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="10" height="10"/></svg>';
const fig: Figure = { data: [{ type: "bar", x: ["</script><b>"], y: [1] }], layout: { title: { text: "T<1>" } } };

test("chartOutput carries html, plotly JSON, the SVG and text, and no copy of plotly", () => {
  const out = chartOutput(fig, { title: "T<1>", image: { kind: "svg", svg: SVG, width: 300, height: 200 }, id: "c1" });
  assert.equal(Object.keys(out.data).sort(), ["application/vnd.plotly.v1+json", "image/svg+xml", "text/html", "text/plain"]);
  assert.is(out.data["image/svg+xml"], SVG);
  assert.equal(out.metadata, {});
  assert.equal(out.data["application/vnd.plotly.v1+json"].data, fig.data);
  assert.is(out.data["text/plain"], "<plotly figure: T<1>>");
  const html = out.data["text/html"];
  assert.ok(html.length < 10_000, `no plotly inlined, got ${html.length} characters`);
  assert.not.ok(html.includes(plotlyBundle().slice(200, 400)));
  // The image is the placeholder, as a data URI (kept by Jupyter's sanitizer), before the chart's div.
  const src = /<img id="c1-static" class="framelens-static" alt="T&lt;1&gt;" width="300" height="200" style="max-width:100%;height:auto" src="data:image\/svg\+xml;base64,([^"]+)">/.exec(html);
  assert.ok(src, html.slice(0, 300));
  assert.is(Buffer.from(src![1], "base64").toString("utf8"), SVG);
  assert.ok(html.indexOf('<img id="c1-static"') < html.indexOf('<div id="c1" class="framelens-chart"'));
  // Two scripts (loader and draw); the label's "</script>" is escaped inside the JSON, so it cannot close them.
  assert.is(html.split("</script>").length, 3);
  assert.ok(html.includes(plotlyLoaderScript()));
});

test("chartOutput with a PNG sends it base64 with its CSS size, in the html too", () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const out = chartOutput(fig, { title: "T", image: { kind: "png", png, width: 820, height: 460 }, id: "c2" });
  assert.is(out.data["image/png"], "iVBORwECAw==");
  assert.is(out.data["image/svg+xml"], undefined);
  assert.equal(out.metadata, { "image/png": { width: 820, height: 460 } });
  assert.ok(out.data["text/html"].includes('width="820" height="460" style="max-width:100%;height:auto" src="data:image/png;base64,iVBORwECAw=="'));
});

test("chartOutput without an image says why in the html placeholder, escaped, and sends no image type", () => {
  const out: ChartOutput = chartOutput(fig, { title: "T<1>", image: { kind: "none", reason: "no <Chromium> here" }, id: "c3" });
  assert.equal(Object.keys(out.data).sort(), ["application/vnd.plotly.v1+json", "text/html", "text/plain"]);
  assert.ok(
    out.data["text/html"].startsWith(
      '<div class="framelens-nb-chart"><p id="c3-static" class="framelens-static">[No static image of “T&lt;1&gt;”: no &lt;Chromium&gt; here. The interactive chart draws where',
    ),
  );
});

test("staticImage keeps the SVG up to SVG_MAX_BYTES without rendering a PNG", async () => {
  const ex = fakeExporter({ svg: SVG, png: Buffer.alloc(10) });
  const image = await staticImage(fig, ex);
  assert.equal(ex.calls, ["svg"]);
  assert.equal(image, { kind: "svg", svg: SVG, width: 300, height: 200 });
});

test("staticImage takes the PNG when the SVG is over SVG_MAX_BYTES and the PNG is smaller, else the SVG", async () => {
  const heavy = SVG.replace("<rect", `<g>${"<path d='M0 0L1 1'/>".repeat(SVG_MAX_BYTES / 19)}</g><rect`);
  assert.ok(heavy.length > SVG_MAX_BYTES);
  const small = await staticImage(fig, fakeExporter({ svg: heavy, png: Buffer.alloc(50_000) }));
  assert.is(small.kind, "png");
  assert.equal(small.kind === "png" && [small.width, small.height, small.png.length], [300, 200, 50_000]);
  const big = await staticImage(fig, fakeExporter({ svg: heavy, png: Buffer.alloc(heavy.length + 1) }));
  assert.is(big.kind, "svg");
});

test("staticImage names an SVG without a size", async () => {
  await staticImage(fig, fakeExporter({ svg: "<svg><g/></svg>", png: "" })).then(
    () => assert.unreachable("should throw"),
    (e: Error) => assert.match(e.message, /the chart's SVG has no width and height on its <svg> element: <svg>/),
  );
});

test("show sends one self-contained output per call, each with its image and without plotly", async () => {
  const ex = fakeExporter({ svg: SVG, png: "" });
  const sent = await capture(async () => {
    await show(fig, { exporter: ex });
    await show(fig, { exporter: ex, title: "second" });
  });
  assert.is(sent.length, 2);
  for (const s of sent) {
    assert.is(s.data["image/svg+xml"], SVG);
    assert.ok((s.data["text/html"] as string).length < 10_000);
    assert.ok((s.data["text/html"] as string).includes(plotlyLoaderScript()));
  }
  assert.is(sent[0].data["text/plain"], "<plotly figure: T<1>>");
  assert.is(sent[1].data["text/plain"], "<plotly figure: second>");
  const [plain, untitled] = await capture(async () => {
    await show({ data: [], layout: { title: "as a string" } }, { exporter: ex });
    await show({ data: [], layout: {} }, { exporter: ex });
  });
  assert.is(plain.data["text/plain"], "<plotly figure: as a string>");
  assert.is(untitled.data["text/plain"], "<plotly figure: chart>");
  assert.not.equal(/id="([^"]+)"/.exec(sent[0].data["text/html"] as string)![1], /id="([^"]+)"/.exec(sent[1].data["text/html"] as string)![1]);
});

test("show still draws when the image fails: the html says why", async () => {
  const [s] = await capture(() => show(fig, { exporter: fakeExporter({ svg: new Error("page crashed\nstack"), png: "" }) }));
  assert.is(s.data["image/svg+xml"], undefined);
  assert.match(s.data["text/html"] as string, /\[No static image of “T&lt;1&gt;”: rendering it in Chromium failed: page crashed\. The interactive chart draws/);
});

test("show without Chromium in the kernel falls back to a note naming the missing browser", async () => {
  const before = process.env.FRAMELENS_CHROMIUM;
  process.env.FRAMELENS_CHROMIUM = "/nope/chromium";
  try {
    const [s] = await capture(() => show(fig));
    assert.is(s.data["image/png"], undefined);
    assert.match(s.data["text/html"] as string, /No static image of “T&lt;1&gt;”: PNG\/SVG export needs Chromium at \/nope\/chromium/);
  } finally {
    if (before === undefined) delete process.env.FRAMELENS_CHROMIUM;
    else process.env.FRAMELENS_CHROMIUM = before;
  }
});

test("plotlyProjectPath is the bundle's path from the folder above node_modules", () => {
  assert.is(plotlyProjectPath(["", "p", "node_modules", "plotly.js-x", "b.js"].join(require("path").sep)), "node_modules/plotly.js-x/b.js");
  assert.is(plotlyProjectPath(), "node_modules/plotly.js-cartesian-dist-min/plotly-cartesian.min.js");
  assert.throws(() => plotlyProjectPath("/opt/plotly.js"), /the plotly bundle \/opt\/plotly.js is not inside a node_modules folder/);
});

test("showTable renders records, Tables and DataFrames with escaped cells", async () => {
  const [a, b] = await capture(() => {
    showTable([{ who: "<b>x</b>", n: 2 }]);
    showTable({ columns: ["n"], rows: [{ n: 1 }, { n: 2 }] }, { maxRows: 1 });
  });
  assert.match(a.data["text/html"] as string, /&lt;b&gt;x&lt;\/b&gt;/);
  assert.is(a.data["text/plain"], "who\tn\n<b>x</b>\t2");
  assert.match(b.data["text/html"] as string, /Showing 1 of 2 rows/);
});

test("show outside a tslab kernel explains what to use instead", async () => {
  const before = jupyter.lastWriteDisplayData;
  jupyter.lastWriteDisplayData = undefined;
  try {
    await show(fig).then(
      () => assert.unreachable("should throw"),
      (e: Error) => assert.match(e.message, /inside a Jupyter notebook running the tslab kernel; outside one, use exportFigure\(\)/),
    );
  } finally {
    jupyter.lastWriteDisplayData = before;
  }
});

test.run();
