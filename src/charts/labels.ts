/**
 * Text for chart labels: plotly neither wraps nor shortens SVG text, so long outlet names, speakers,
 * terms and notes are wrapped (a `<br>` between lines) or shortened here, with the full text kept for
 * the hover.
 */

/**
 * `s` wrapped at word boundaries into lines of at most `width` characters, joined by `<br>`. Existing
 * `<br>`s are kept; a single word longer than `width` is kept whole on its own line (never cut). Empty
 * input gives "".
 */
export function wrapText(s: string, width: number): string {
  if (!(Number.isInteger(width) && width >= 1)) throw new Error(`wrapText: width must be a whole number of characters, at least 1; got ${width}`);
  return s
    .split("<br>")
    .map((para) => {
      const out: string[] = [];
      let line = "";
      for (const word of para.split(/\s+/).filter((w) => w.length > 0)) {
        if (line && line.length + 1 + word.length > width) {
          out.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) out.push(line);
      return out.join("<br>");
    })
    .join("<br>");
}

/** Characters per line of an outlet or speaker name in a tick label (about 130 px at 13 px). */
export const LABEL_CHARS = 18;

/** A tick label: `s` wrapped at LABEL_CHARS (or `width`) characters, so a long outlet name takes lines, not width. */
export function wrapLabel(s: string, width = LABEL_CHARS): string {
  return wrapText(s, width);
}

/**
 * `s` cut to at most `max` characters, ending in "…" when cut (at a word boundary when one lies in the
 * last third); unchanged when it fits. Show the full text on hover wherever this is used.
 */
export function shortLabel(s: string, max = 40): string {
  if (!(Number.isInteger(max) && max >= 2)) throw new Error(`shortLabel: max must be a whole number of characters, at least 2; got ${max}`);
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${space >= (2 * (max - 1)) / 3 ? head.slice(0, space) : head}…`;
}

/**
 * shortLabel of each of `list` (at most `max` characters), except where two would come out the same:
 * those keep their full text, so category labels stay distinct. Same order and length as `list`.
 */
export function uniqueShortLabels(list: readonly string[], max = 40): string[] {
  const short = list.map((s) => shortLabel(s, max));
  const count = new Map<string, number>();
  for (const s of new Set(list)) count.set(shortLabel(s, max), (count.get(shortLabel(s, max)) ?? 0) + 1);
  return short.map((s, i) => (count.get(s)! > 1 ? list[i] : s));
}

/** Lines a label takes once wrapped (its `<br>`s plus one). */
export function lineCount(label: string): number {
  return label.split("<br>").length;
}

/**
 * Pixels a category axis needs for `labels` (one row each): `row` pixels a row (default 26), or more
 * when a label is wrapped over several lines (17 px a line at 13 px text, plus 8). Plotly gives every
 * category the same height, so every row gets what the tallest label needs.
 */
export function rowsHeight(labels: readonly string[], row = 26): number {
  const tallest = Math.max(0, ...labels.map(lineCount));
  return labels.length * Math.max(row, 17 * tallest + 8);
}
