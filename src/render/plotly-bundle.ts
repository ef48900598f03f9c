import * as fs from "fs";

let bundle: string | null = null;

/**
 * The plotly.js browser bundle as text, read once. Never `require`d in Node (it needs a DOM). The
 * minified build of the same version (plotly.js-dist-min) is preferred because every offline HTML file
 * inlines it; plotly.js-dist is the fallback.
 */
export function plotlyBundle(): string {
  if (bundle === null) {
    let file: string;
    try {
      file = require.resolve("plotly.js-dist-min/plotly.min.js");
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
