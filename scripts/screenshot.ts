// Developer aid: screenshot an HTML file with Debian's Chromium, to look at what users see.
// Usage: npx tsx scripts/screenshot.ts FILE.html OUT.png [width] [height]
import * as path from "path";

async function main(): Promise<void> {
  const [file, out, w = "1200", h = "2400"] = process.argv.slice(2);
  if (!file || !out) throw new Error("usage: tsx scripts/screenshot.ts FILE.html OUT.png [width] [height]");
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`file://${path.resolve(file)}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out, fullPage: false });
  await browser.close();
  if (errors.length) console.error(`page errors:\n${errors.join("\n")}`);
}
main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
