import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { jsonForScript } from "./escape";

let bundle: string | null = null;
let bundleFile: string | null = null;

/**
 * The plotly trace types in the bundle framelens ships (plotly.js-cartesian-dist-min, the same plotly
 * version as plotly.js-dist): every framelens chart uses only bar, box, heatmap and scatter. A figure
 * of your own with another type (scatter3d, maps, sankey) needs the full plotly.js-dist in your page.
 */
export const BUNDLED_TRACE_TYPES = ["bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour", "image", "pie", "scatter", "scatterternary", "violin"] as const;

/**
 * The absolute path of the plotly.js browser bundle: the minified cartesian build (1.4 MB, where the
 * full minified build is 4.6 MB), or plotly.js-dist (full, unminified) when it is missing.
 */
export function plotlyBundleFile(): string {
  if (bundleFile === null) {
    try {
      bundleFile = require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js");
    } catch {
      bundleFile = require.resolve("plotly.js-dist/plotly.js");
    }
  }
  return bundleFile;
}

/**
 * The plotly.js browser bundle as text, read once. Never `require`d in Node (it needs a DOM). It is
 * what every offline HTML file and the report inline (see plotlyBundleFile for which build).
 */
export function plotlyBundle(): string {
  if (bundle === null) bundle = fs.readFileSync(plotlyBundleFile(), "utf8");
  return bundle;
}

/** The bundle wrapped in a script element; `</script` inside it is split so it cannot close early. */
export function plotlyScriptTag(): string {
  return `<script type="text/javascript">${plotlyBundle().replace(/<\/script/gi, "<\\/script")}</script>`;
}

/**
 * The bundle's path relative to the project that holds it (the folder above its `node_modules`), with
 * `/` separators: `node_modules/plotly.js-cartesian-dist-min/plotly-cartesian.min.js`. A Jupyter server
 * started at the project root (`npm run jupyter`) serves it at `<base url>files/<this path>`.
 */
export function plotlyProjectPath(file = plotlyBundleFile()): string {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) throw new Error(`the plotly bundle ${file} is not inside a node_modules folder, so no Jupyter server root can be derived for it`);
  return parts.slice(at).join("/");
}

/** Where a page's plotly loader looks for the library (see plotlyLoaderScript). */
export interface PlotlyLoaderOptions {
  /** The bundle's path below a Jupyter server's root. Default: plotlyProjectPath(). */
  projectPath?: string;
  /** A copy beside the page, relative to it. Default "plotly.min.js" (SHARED_PLOTLY_FILE). */
  localFile?: string;
}

/**
 * A small script (about 1 KB, no copy of plotly) that loads plotly.js into the page once when
 * `window.Plotly` is missing, whichever output runs it first; the others wait for the same load
 * (`window.framelensPlotlyLoad`). It tries, in order, until one defines `window.Plotly`:
 * - in Jupyter (classic Notebook's `<body data-base-url>`, JupyterLab's `#jupyter-config-data`
 *   baseUrl), the server's files endpoint: `<base>files/<projectPath>`, which exists when the server was
 *   started at the project root (`npm run jupyter` does);
 * - `localFile` relative to the page: the copy `npm run notebooks` writes beside the executed
 *   notebooks and their HTML exports (classic Notebook redirects `/notebooks/<dir>/plotly.min.js` to
 *   the file).
 * When every place fails, `window.framelensPlotlyLoad.failed` is true and `.tried` lists the URLs.
 * This is how plotly.py's `notebook_connected` renderer works (it loads from a CDN; framelens stays offline).
 */
export function plotlyLoaderScript(options: PlotlyLoaderOptions = {}): string {
  const { projectPath = plotlyProjectPath(), localFile = "plotly.min.js" } = options;
  const root = jsonForScript(projectPath.split("/").map(encodeURIComponent).join("/"));
  return (
    `(function(){var w=window;if(w.Plotly||w.framelensPlotlyLoad)return;` +
    `var urls=[],base=null,b=document.body,c=document.getElementById("jupyter-config-data");` +
    `if(b&&b.hasAttribute("data-base-url")){base=b.getAttribute("data-base-url");}` +
    `else if(c){try{base=JSON.parse(c.textContent).baseUrl||null;}catch(e){base=null;}}` +
    `if(base!==null){urls.push(base.replace(/\\/?$/,"/")+"files/"+${root});}` +
    `urls.push(${jsonForScript(localFile)});` +
    `var st=w.framelensPlotlyLoad={failed:false,tried:urls};` +
    `(function next(i){if(w.Plotly)return;if(i>=urls.length){st.failed=true;return;}` +
    `var s=document.createElement("script");s.type="text/javascript";s.src=urls[i];` +
    `s.onload=function(){if(!w.Plotly)next(i+1);};s.onerror=function(){next(i+1);};` +
    `(document.head||document.documentElement).appendChild(s);})(0);})();`
  );
}

let packed: string | null = null;

/**
 * The bundle gzipped and base64-encoded inside a script that unpacks it in the page (the browser's
 * DecompressionStream: Chromium 80+, Firefox 113+, Safari 16.4+) and runs it, defining `window.Plotly`
 * a moment after the page loads; figureDiv's charts wait for it. 0.63 MB instead of 1.42 MB, so a
 * one-file report stays small and still works offline. Where the browser cannot unpack it, a note at
 * the top of the page says so and points to the chart files, which load plotly.min.js directly.
 */
export function plotlyPackedScriptTag(): string {
  if (packed === null) packed = zlib.gzipSync(Buffer.from(plotlyBundle(), "utf8"), { level: 9 }).toString("base64");
  return (
    `<script type="text/javascript">(function(){var data="${packed}";` +
    `function fail(why){var p=document.createElement("p");p.className="warn";p.textContent="The charts of this page cannot be drawn: "+why+" Open the chart files in the charts/ folder beside this report instead.";` +
    `var put=function(){document.body.insertBefore(p,document.body.firstChild);};if(document.body)put();else document.addEventListener("DOMContentLoaded",put);}` +
    `if(typeof DecompressionStream==="undefined"){fail("this browser cannot unpack the charting library (no DecompressionStream).");return;}` +
    `var bin=atob(data),bytes=new Uint8Array(bin.length);for(var i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);` +
    `new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function(src){` +
    `var s=document.createElement("script");s.text=src;document.head.appendChild(s);},function(e){fail("unpacking the charting library failed ("+e+").");});})();</script>`
  );
}
