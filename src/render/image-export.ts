import * as fs from "fs";
import { EXPORT_WIDTH } from "../charts/theme";
import { Figure } from "../charts/types";
import { jsonForScript } from "./escape";
import { plotlyBundle } from "./plotly-bundle";

export const IMAGE_FORMATS = ["png", "svg"] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export interface ImageExporterOptions {
  /** Chromium binary. Default: $FRAMELENS_CHROMIUM, else /usr/bin/chromium (Debian's package). */
  executablePath?: string;
  /**
   * Let playwright close the browser and end the process on SIGINT, SIGTERM and SIGHUP (its default).
   * Default true; a Jupyter kernel passes false, since SIGINT is how Jupyter interrupts a cell and the
   * kernel must live on (the browser still ends with the process).
   */
  handleSignals?: boolean;
}

export interface RenderOptions {
  /** Pixel ratio of a PNG: 2 (default) for sharp charts on high-density screens, 1 for a smaller file. SVG ignores it. */
  scale?: number;
}

export interface ImageExporter {
  /** PNG bytes or SVG text of a figure, at the figure's layout size (PNG at 2x scale unless options.scale). */
  render(fig: Figure, format: ImageFormat, options?: RenderOptions): Promise<Buffer>;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

/**
 * Starts one headless Chromium (through playwright-core; never a downloaded browser) with plotly loaded,
 * and renders figures with `Plotly.toImage`. About 2-3 s to start, then tens of ms per figure: reuse one
 * exporter for many figures and close it at the end.
 */
export async function createImageExporter(options: ImageExporterOptions = {}): Promise<ImageExporter> {
  const executablePath = options.executablePath ?? process.env.FRAMELENS_CHROMIUM ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`PNG/SVG export needs Chromium at ${executablePath} (Debian: \`apt-get install chromium\`), or set FRAMELENS_CHROMIUM to another Chromium binary`);
  }
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const handleSignals = options.handleSignals ?? true;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, handleSIGINT: handleSignals, handleSIGTERM: handleSignals, handleSIGHUP: handleSignals });
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="c"></div></body></html>');
    await page.addScriptTag({ content: plotlyBundle() });
    return {
      async render(fig, format, renderOptions = {}) {
        if (!(IMAGE_FORMATS as readonly string[]).includes(format)) throw new Error(`unknown image format "${format}"; expected one of ${IMAGE_FORMATS.join(", ")}`);
        const scale = renderOptions.scale ?? 2;
        if (!(typeof scale === "number" && scale > 0 && scale <= 8)) throw new Error(`image scale must be a number above 0 and at most 8; got ${String(scale)}`);
        const width = typeof fig.layout.width === "number" ? fig.layout.width : EXPORT_WIDTH;
        const height = typeof fig.layout.height === "number" ? fig.layout.height : 460;
        const spec = jsonForScript({ data: fig.data, layout: fig.layout });
        const url = await page.evaluate(
          async ({ spec, format, width, height, scale }) => {
            const P = (window as unknown as { Plotly: { toImage: (f: unknown, o: unknown) => Promise<string> } }).Plotly;
            return P.toImage(JSON.parse(spec), { format, width, height, scale: format === "png" ? scale : 1 });
          },
          { spec, format, width, height, scale },
        );
        const comma = url.indexOf(",");
        const head = url.slice(0, comma);
        const body = url.slice(comma + 1);
        return head.endsWith(";base64") ? Buffer.from(body, "base64") : Buffer.from(decodeURIComponent(body), "utf8");
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
