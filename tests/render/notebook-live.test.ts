import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as path from "path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempDir } from "../helpers";

// The user's path, end to end, in a live classic Notebook 6 driven by headless Chromium: run one chart cell
// in a fresh kernel, save, reopen: the chart draws from the saved output alone; edit the file outside
// Jupyter (untrusted): the image shows. Needs Debian's Jupyter, the tslab kernel, Chromium and a built
// dist/ (npm test builds it first); skipped otherwise. About a minute.

const CHROMIUM = process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
const { jupyterEnv } = require("../../scripts/notebook-env") as { jupyterEnv: () => { python: string; env: NodeJS.ProcessEnv } };
let setup: { python: string; env: NodeJS.ProcessEnv } | null = null;
let why = "";
try {
  setup = jupyterEnv();
} catch (e) {
  why = (e as Error).message.split("\n")[0];
}
if (!fs.existsSync(CHROMIUM)) why = `no Chromium at ${CHROMIUM}`;
if (!fs.existsSync(path.join(REPO, "dist", "index.js"))) why = "dist/ is not built (npm run build)";
if (why) console.log(`live notebook test skipped: ${why}`);
const ltest = why ? test.skip : test;

type Page = import("playwright-core").Page;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`the Jupyter server at ${url} did not start within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The ids of the kernels the server runs (its REST API). */
async function kernelIds(base: string, token: string): Promise<string[]> {
  const r = await fetch(`${base}/api/kernels?token=${token}`);
  if (!r.ok) throw new Error(`GET /api/kernels: HTTP ${r.status}`);
  return ((await r.json()) as Array<{ id: string }>).map((k) => k.id);
}

/**
 * Waits until the server runs no kernel. A kernel told to shut down takes a moment to end (and up to
 * Jupyter's 5-s grace, were it not to end by itself); stopping the server before that once left the kernel
 * and its Chromium running after the tests, with the page reconnecting to the dying kernel meanwhile.
 */
async function kernelsGone(base: string, token: string, ms = 30000): Promise<void> {
  const until = Date.now() + ms;
  for (let ids = await kernelIds(base, token); ids.length; ids = await kernelIds(base, token)) {
    if (Date.now() > until) throw new Error(`kernels still running after ${ms / 1000} s: ${ids.join(", ")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Shuts down every kernel the server runs, through its REST API, and waits until they are gone. */
async function shutDownKernels(base: string, token: string): Promise<void> {
  for (const id of await kernelIds(base, token)) await fetch(`${base}/api/kernels/${id}?token=${token}`, { method: "DELETE" });
  await kernelsGone(base, token);
}

/**
 * Processes whose command line names `dir` (on Linux; elsewhere none are found): a kernel started with a
 * connection file in the server's runtime folder, and what it started. Killed, and returned for the test to fail on.
 */
function killProcessesNaming(dir: string): string[] {
  const left: string[] = [];
  let pids: string[] = [];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return left;
  }
  for (const pid of pids) {
    let cmd = "";
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
    } catch {
      continue;
    }
    if (!cmd.includes(dir) || Number(pid) === process.pid) continue;
    left.push(`${pid}: ${cmd.slice(0, 120)}`);
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }
  return left;
}

/** What the open notebook shows: chart outputs intended, drawn, and images visible. */
function counts(page: Page) {
  return page.evaluate(() => {
    const J = (window as unknown as { Jupyter: { notebook: { trusted: boolean; get_cells: () => Array<{ output_area?: { outputs: Array<{ data?: Record<string, unknown> }> } }> } } }).Jupyter;
    const intended = J.notebook.get_cells().reduce((n, c) => n + (c.output_area ? c.output_area.outputs.filter((o) => o.data && o.data["application/vnd.plotly.v1+json"]).length : 0), 0);
    const boxes = Array.from(document.querySelectorAll(".framelens-nb-chart"));
    return {
      trusted: J.notebook.trusted,
      intended,
      drawn: boxes.filter((b) => b.querySelector(".framelens-chart .main-svg")).length,
      images: boxes.filter((b) => {
        const i = b.querySelector("img.framelens-static") as HTMLImageElement | null;
        return !!i && getComputedStyle(i).display !== "none" && i.naturalWidth > 0;
      }).length,
    };
  });
}

async function settle(page: Page, done: (c: Awaited<ReturnType<typeof counts>>) => boolean) {
  const until = Date.now() + 30000;
  let c = await counts(page);
  while (!done(c) && Date.now() < until) {
    await page.waitForTimeout(300);
    c = await counts(page);
  }
  return c;
}

ltest("a chart cell run alone in a fresh kernel saves an output that draws when reopened, and shows its image when untrusted", async () => {
  const root = tempDir("framelens-live-");
  const runtime = tempDir("framelens-live-runtime-");
  const leftover: string[] = [];
  const file = path.join(root, "live.ipynb");
  // The server's root holds node_modules, as the project root does under `npm run jupyter`: charts load plotly from it.
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"));
  const cell = (source: string) => ({ cell_type: "code", metadata: {}, execution_count: null, outputs: [], source });
  const dist = JSON.stringify(path.join(REPO, "dist", "index"));
  fs.writeFileSync(
    file,
    JSON.stringify({
      cells: [
        cell(`import * as fl from ${dist};`),
        cell('await fl.show({ data: [{ type: "bar", x: ["a", "b"], y: [1, 2] }], layout: { title: { text: "first" }, width: 400, height: 300 } });'),
        cell('await fl.show({ data: [{ type: "bar", x: ["c"], y: [3] }], layout: { title: { text: "never run" } } });'),
      ],
      metadata: { kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" } },
      nbformat: 4,
      nbformat_minor: 4,
    }),
  );
  const port = await freePort();
  const token = "framelens-live-test";
  // The kernels' own temporary folder, where the Chromium of fl.show keeps its profile while it runs.
  const kernelTmp = tempDir("framelens-live-tmp-");
  const env = { ...setup!.env, JUPYTER_RUNTIME_DIR: runtime, JUPYTER_DATA_DIR: path.join(runtime, "data"), TMPDIR: kernelTmp };
  const server: ChildProcess = spawn(
    setup!.python,
    ["-m", "notebook", "--no-browser", `--port=${port}`, "--ip=127.0.0.1", `--NotebookApp.token=${token}`, `--notebook-dir=${root}`, ...(process.getuid?.() === 0 ? ["--allow-root"] : [])],
    { env, stdio: "ignore" },
  );
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForServer(`${base}/api/status?token=${token}`, 60000);
    const page = await browser.newPage();
    const open = async () => {
      await page.goto(`${base}/notebooks/live.ipynb?token=${token}`);
      await page.waitForFunction(() => (window as unknown as { Jupyter?: { notebook?: { _fully_loaded?: boolean } } }).Jupyter?.notebook?._fully_loaded, undefined, { timeout: 60000 });
    };
    await open();
    await page.waitForFunction(() => (window as unknown as { Jupyter: { notebook: { kernel?: { is_connected: () => boolean } } } }).Jupyter.notebook.kernel?.is_connected(), undefined, { timeout: 120000, polling: 500 });
    // Run the import and the first chart cell only, in the fresh kernel the page started.
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { execute_cells: (i: number[]) => void } } }).Jupyter.notebook.execute_cells([0, 1]));
    await page.waitForFunction(
      () => {
        const out = (window as unknown as { Jupyter: { notebook: { get_cell: (i: number) => { output_area: { outputs: Array<{ data?: Record<string, unknown> }> } } } } }).Jupyter.notebook.get_cell(1).output_area.outputs;
        return out.some((o) => o.data && o.data["image/svg+xml"]);
      },
      undefined,
      { timeout: 180000, polling: 500 },
    );
    const live = await settle(page, (c) => c.drawn === 1);
    assert.equal([live.intended, live.drawn, live.images], [1, 1, 0]);
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { save_notebook: () => Promise<void> } } }).Jupyter.notebook.save_notebook());
    await page.waitForFunction(() => !(window as unknown as { Jupyter: { notebook: { dirty: boolean } } }).Jupyter.notebook.dirty, undefined, { timeout: 30000 });
    // A chart was shown, so the kernel runs a Chromium: while it does, its profile is in the kernel's TMPDIR.
    assert.ok(fs.readdirSync(kernelTmp).some((f) => f.startsWith("playwright_chromiumdev_profile-")), "the kernel's Chromium keeps its profile in the kernel's TMPDIR");
    const shutdownStarted = Date.now();
    await page.evaluate(() => (window as unknown as { Jupyter: { notebook: { kernel: { kill: () => void } } } }).Jupyter.notebook.kernel.kill());
    await kernelsGone(base, token);
    // The kernel closed its Chromium and ended by itself (see closeSessionOnShutdown): Chromium removed its
    // profile. Killed after Jupyter's 5-s grace instead, it would have left the folder behind.
    assert.equal(fs.readdirSync(kernelTmp).filter((f) => f.startsWith("playwright_chromiumdev_profile-")), [], `no Chromium profile left after the kernel's shutdown (${Date.now() - shutdownStarted} ms)`);

    const saved = fs.readFileSync(file, "utf8");
    assert.ok(saved.length < 100_000, `no copy of plotly in the saved notebook: ${saved.length} bytes`);
    await open();
    assert.equal(await settle(page, (c) => c.drawn === 1), { trusted: true, intended: 1, drawn: 1, images: 0 });

    // Edited outside Jupyter: untrusted, scripts stripped; the image is what shows.
    const nb = JSON.parse(saved);
    nb.cells[2].source = "// edited outside Jupyter";
    fs.writeFileSync(file, JSON.stringify(nb));
    await open();
    assert.equal(await settle(page, (c) => c.images === 1), { trusted: false, intended: 1, drawn: 0, images: 1 });
  } finally {
    await browser.close();
    // Every kernel ends before the server does (see kernelsGone); what still runs after is killed and fails the test.
    await shutDownKernels(`http://127.0.0.1:${port}`, token).catch((e) => console.error(`live notebook test: ${(e as Error).message}`));
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once("exit", r)));
    leftover.push(...killProcessesNaming(runtime));
  }
  assert.equal(leftover, [], "no kernel or Chromium of the test's server is left running");
});

test.run();
