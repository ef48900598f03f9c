import * as fs from "fs";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { analyze } from "../../src/cli/analyze";
import { manifest, tempCorpus } from "../helpers";

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const have = fs.existsSync(CHROMIUM);
if (!have) console.log(`report browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
const btest = have ? test : test.skip;

// An invented corpus of two outlets whose outlet name would break out of a script or a tag if unescaped.
const files = {
  "manifest.json": manifest([{ id: "a", outlet: "Alpha <b>Daily</b>", file: "a.txt" }, { id: "b", outlet: "Beta Post", file: "b.txt" }]),
  "a.txt": "Bridge closes\n\nThe old bridge closed on Monday. Drivers were angry about the long delays. The mayor said the repairs were a disaster.\n",
  "b.txt": "Bridge reopens\n\nThe bridge reopened quickly. Residents were happy and grateful. The mayor said the work was a great success.\n",
};

btest("in Chromium at 1,024 px the report opens with the overview, draws every chart, keeps the contents in view and opens evidence from a cell", async () => {
  const dir = tempCorpus(files);
  const out = path.join(dir, "out");
  await analyze({ corpus: dir, out, images: false, jobs: 1, log() {}, progress() {} });
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${path.join(out, "report.html")}`);
    const intended = await page.evaluate(() => document.querySelectorAll(".framelens-chart").length);
    await page.waitForFunction((n) => Array.from(document.querySelectorAll(".framelens-chart")).filter((c) => c.querySelector(".main-svg")).length === n, intended, { timeout: 30000 });
    // The first section is the comparison, and its first chart is the small multiples.
    assert.is(await page.evaluate(() => document.querySelector("section")!.id), "comparison");
    assert.is(await page.evaluate(() => document.querySelector(".framelens-chart")!.id), "chart-overview");
    // No sideways scrolling at 1,024 px.
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 1024);
    // The contents stay at the top of the window far down the page.
    await page.evaluate(() => document.getElementById("coverage")!.scrollIntoView());
    assert.is(await page.evaluate(() => Math.round(document.querySelector("nav.toc")!.getBoundingClientRect().top)), 0);
    // A cell's ¶ link opens its evidence, and the list around it.
    const href = await page.evaluate(() => document.querySelector("a.ev")!.getAttribute("href")!);
    await page.click(`a.ev[href="${href}"]`);
    await page.waitForFunction((id) => (document.getElementById(id) as HTMLDetailsElement).open, href.slice(1));
    assert.ok(await page.evaluate((id) => (document.getElementById(id)!.closest("details.evidence-list") as HTMLDetailsElement).open, href.slice(1)));
    // A finding opens to its sentences on click.
    const finding = page.locator(".findings details").first();
    await finding.locator("summary").click();
    assert.ok(await finding.evaluate((d) => (d as HTMLDetailsElement).open && d.querySelectorAll("ul.evidence li").length > 0));
    assert.equal(errors, []);
  } finally {
    await browser.close();
  }
});

test.run();
