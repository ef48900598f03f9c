import * as fs from "fs";

let bundle: string | null = null;

/**
 * The plotly trace types in the bundle framelens ships (plotly.js-cartesian-dist-min, the same plotly
 * version as plotly.js-dist): every framelens chart uses only bar, box, heatmap and scatter. A figure
 * of your own with another type (scatter3d, maps, sankey) needs the full plotly.js-dist in your page.
 */
export const BUNDLED_TRACE_TYPES = ["bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour", "image", "pie", "scatter", "scatterternary", "violin"] as const;

/**
 * The plotly.js browser bundle as text, read once. Never `require`d in Node (it needs a DOM). The
 * minified cartesian build (1.4 MB, where the full minified build is 4.6 MB) is what every offline HTML
 * file, executed notebook and the report inline; plotly.js-dist (full, unminified) is the fallback when
 * it is missing.
 */
export function plotlyBundle(): string {
  if (bundle === null) {
    let file: string;
    try {
      file = require.resolve("plotly.js-cartesian-dist-min/plotly-cartesian.min.js");
    } catch {
      file = require.resolve("plotly.js-dist/plotly.js");
    }
    bundle = fs.readFileSync(file, "utf8");
  }
  return bundle;
}

/** The bundle wrapped in a script element; `</script` inside it is split so it cannot close early. */
export function plotlyScriptTag(): string {
  return `<script type="text/javascript">${plotlyBundle().replace(/<\/script/gi, "<\\/script")}</script>`;
}
