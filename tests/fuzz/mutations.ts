/**
 * The fuzzer's mutation operators: each takes a text and returns a changed copy, drawing every choice
 * from the input's random stream. Intensity grows with the text's length, so a large input carries
 * proportionally many quote marks, control characters and tags, and a superlinear cost shows.
 * Operators never read files; `other` (for splicing) comes from the caller.
 */
import { Rng } from "./prng";

export interface MutationContext {
  /** Other texts to splice in (the seeds). */
  others: readonly string[];
  /** Longest word the long-word operator may build. */
  maxWord: number;
  /** Most quote marks the quote-storm operator may add. */
  maxStorm: number;
}

export interface Mutation {
  name: string;
  /** Relative chance of being drawn. */
  weight: number;
  apply(text: string, rng: Rng, ctx: MutationContext): { text: string; note?: string };
}

const QUOTES = ['"', "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u201E", "\u201A", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201F", "\u2033", "`", "\u00B4"];
const PAIRS: ReadonlyArray<[string, string]> = [['"', '"'], ["'", "'"], ["\u201C", "\u201D"], ["\u2018", "\u2019"], ["\u00AB", "\u00BB"], ["\u201E", "\u201C"], ["\u2039", "\u203A"]];
const CONTROLS = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F", "\u007F", "\u0085", "\u009B", "\t", "\r"];
const BIDI = ["\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD"];
const RTL_WORDS = ["\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u202E\u0645\u0648\u0633\u0643\u0648\u202C", "\u05D0\u05D1 \"\u05D2\u05D3\""];
const EMOJI = ["\u{1F600}", "\u{1F44D}\u{1F3FD}", "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}", "\u{1F1FA}\u{1F1E6}", "1\uFE0F\u20E3", "\u2764\uFE0F", "\u{1F4A5}", "\u{1F3F4}\u200D\u2620\uFE0F", ":-)", ":("];
const ODD_LETTERS = ["\u0130stanbul", "Stra\u00DFe", "\uFB01nal", "\u01C5", "\u039F\u0394\u039F\u03A3", "e\u0301", "Z\u0351\u0357\u0300a\u0315\u0354l\u0336g\u0322o\u0341", "\uFF35\uFF4B\uFF52\uFF41\uFF49\uFF4E\uFF45", "\u{1D401}\u{1D425}\u{1D422}\u{1D427}\u{1D424}\u{1D41E}\u{1D427}", "\u212A", "\u1E9E", "\u0149"];
const HTML = [
  "<p>", "</p>", "<br/>", "<br>", "<script>alert(\"x\")</script>", "<script type=\"text/javascript\">var s = 'it\\'s'; if (a < b && c > d) {}</script>",
  "<a href=\"https://example.org/?q=1&x=2\">link</a>", "&amp;", "&quot;", "&#8220;", "&#x201D;", "&nbsp;", "<!-- comment -->", "<div class='x'>",
  "</div>", "<![CDATA[ \"raw\" ]]>", "<style>p{content:\"\\201C\"}</style>", "<img src=x onerror=\"alert(1)\">", "<blockquote>\u201CQuoted,\u201D</blockquote>",
];
const SPEECH = [
  "\u201CThis is a test,\u201D Mr Blinken said.", "He said: \u201CWe will see.", "\u201CWhy?\u201D she asked.", "Sergei Lavrov told reporters that talks were over and added that",
  "according to Dmitry Peskov", "\u201CNo,\u201D said the former. \u201CYes,\u201D said the latter.", "Mr Lavrov: \u201C", "The Kremlin says: ", "\u201C\u201D he said.",
  "\u201CIt is\u201D \u201Cnot\u201D \u201Cover\u201D, said Biden,", "warned of a \u201Cunited, swift and severe\u201D response", "\u2018critical moment\u2019 said",
];
const CLEANER_LINES = [
  "Credit: The Agency", "Published : Jan 22, 2022 18:43 IST", "Updated: 2022", "Source Article", "Advertisement", "Watch video: talks in Geneva",
  "Please use Chrome browser for a more accessible video player", "Comments are closed", "Image: REUTERS/Someone", "(left) Blinken and (right) Lavrov",
  "Share this article", "Follow us on the web", "\u00A9 2022", "date 2022-01-21", "Skip advert", "Picture taken January 21",
];
const ABBREVIATIONS = ["Mr.", "U.S.", "e.g.", "No.", "3.5", "$1,000", "\u00A3200m", "10%", "21/01/2022", "@user", "#hashtag", "a@b.com", "https://example.org/a.b?c=d", "Jan.", "p.m.", "1st", "Mrs.", "St.", "..."];
const SPACES = ["\t", "\u00A0", "  ", "\u2009", "\u3000", "\u2002", "\u202F", "\u1680", "\u180E"];

function count(rng: Rng, text: string, per: number, cap = Infinity): number {
  return Math.min(cap, rng.logInt(1, Math.max(1, Math.round(text.length / per))));
}

/** Insertion points: any character, a word boundary (a space) or a line start. Sorted. */
function points(text: string, rng: Rng, n: number, at: "any" | "word" | "line" = "any"): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    let p = rng.int(0, text.length);
    if (at !== "any") {
      const q = text.indexOf(at === "word" ? " " : "\n", p);
      p = q < 0 ? text.length : at === "word" ? q : q + 1;
    }
    out.push(p);
  }
  return out.sort((a, b) => a - b);
}

/** Inserts one made string at each point, in one pass. */
function insertAt(text: string, at: readonly number[], make: () => string): string {
  const parts: string[] = [];
  let last = 0;
  for (const p of at) {
    parts.push(text.slice(last, p), make());
    last = p;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

function lines(text: string): string[] {
  return text.split("\n");
}

function longWord(rng: Rng, length: number): string {
  const shapes: Array<() => string> = [
    () => "a".repeat(length),
    () => Array.from({ length }, () => String.fromCharCode(97 + rng.int(0, 25))).join(""),
    () => "Ukraine".repeat(Math.ceil(length / 7)).slice(0, length),
    () => "9".repeat(length),
    () => "a-".repeat(Math.ceil(length / 2)).slice(0, length),
    () => "a.".repeat(Math.ceil(length / 2)).slice(0, length),
    () => "a'".repeat(Math.ceil(length / 2)).slice(0, length),
    () => `https://example.org/${"x".repeat(length)}`,
    () => "-".repeat(length),
    () => "\u00E9".repeat(length),
  ];
  return rng.pick(shapes)();
}

export const MUTATIONS: readonly Mutation[] = [
  { name: "quote-marks", weight: 10, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 200), r.pick(["any", "word"] as const)), () => r.pick(QUOTES)) }) },
  {
    name: "quote-storm",
    weight: 3,
    apply(t, r, ctx) {
      const n = r.int(1000, Math.max(1000, Math.min(ctx.maxStorm, t.length)));
      if (r.chance(0.4)) {
        const mark = r.pick(QUOTES);
        return { text: insertAt(t, points(t, r, 1), () => mark.repeat(n)), note: `run of ${n}` };
      }
      return { text: insertAt(t, points(t, r, n, r.pick(["any", "word"] as const)), () => r.pick(QUOTES.slice(0, 6))), note: `${n} scattered` };
    },
  },
  {
    name: "nested-quotes",
    weight: 6,
    apply(t, r) {
      const at = points(t, r, count(r, t, 500) * 2, "word");
      let depth = 0;
      const stack: string[] = [];
      return {
        text: insertAt(t, at, () => {
          if (depth > 0 && r.chance(0.5)) {
            depth--;
            const close = stack.pop() ?? '"';
            return r.chance(0.1) ? "" : close; // now and then an opening mark is left unbalanced
          }
          const [open, close] = r.pick(PAIRS);
          depth++;
          stack.push(close);
          return r.chance(0.5) ? ` ${open}` : open;
        }),
      };
    },
  },
  { name: "control-chars", weight: 5, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 300)), () => r.pick(CONTROLS)) }) },
  {
    name: "lone-surrogates",
    weight: 5,
    apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 500)), () => r.pick(["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D", "\uD83D", "a\uDC00b"])) }),
  },
  {
    name: "line-separators",
    weight: 5,
    apply(t, r) {
      const sep = r.pick(["\u2028", "\u2029", "\u0085", "\u000B", "\u000C"]);
      if (r.chance(0.5)) return { text: t.replace(/\n/g, () => (r.chance(0.5) ? sep : "\n")), note: `newlines -> U+${sep.charCodeAt(0).toString(16)}` };
      return { text: insertAt(t, points(t, r, count(r, t, 300), "word"), () => sep) };
    },
  },
  { name: "bidi-marks", weight: 5, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 200)), () => (r.chance(0.2) ? ` ${r.pick(RTL_WORDS)} ` : r.pick(BIDI))) }) },
  { name: "emoji", weight: 5, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 200), r.pick(["any", "word"] as const)), () => r.pick(EMOJI)) }) },
  {
    name: "huge-line",
    weight: 4,
    apply(t, r) {
      if (r.chance(0.5)) return { text: t.replace(/\r?\n+/g, " "), note: "all lines joined" };
      const ls = lines(t);
      const i = r.int(0, ls.length - 1);
      const unit = ls[i] || "word ";
      const target = r.logInt(2000, Math.max(2000, t.length * 2));
      ls[i] = unit.repeat(Math.ceil(target / Math.max(1, unit.length))).slice(0, target);
      return { text: ls.join("\n"), note: `line of ${target}` };
    },
  },
  {
    name: "long-word",
    weight: 5,
    apply(t, r, ctx) {
      const len = r.logInt(50, ctx.maxWord);
      const w = longWord(r, len);
      return { text: insertAt(t, points(t, r, 1, r.pick(["any", "word", "line"] as const)), () => (r.chance(0.5) ? ` ${w} ` : w)), note: `${len}: ${JSON.stringify(w.slice(0, 12))}` };
    },
  },
  {
    name: "html",
    weight: 5,
    apply(t, r) {
      if (r.chance(0.2)) return { text: t.replace(/^(.+)$/gm, (l) => `<p>${l}</p>`), note: "every line in <p>" };
      return { text: insertAt(t, points(t, r, count(r, t, 300), r.pick(["any", "word", "line"] as const)), () => r.pick(HTML)) };
    },
  },
  {
    name: "truncate",
    weight: 6,
    apply(t, r) {
      const a = r.int(0, t.length);
      const b = r.int(0, t.length);
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const how = r.pick(["prefix", "suffix", "middle-out"] as const);
      const text = how === "prefix" ? t.slice(0, hi) : how === "suffix" ? t.slice(lo) : t.slice(0, lo) + t.slice(hi);
      return { text, note: `${how} ${lo}..${hi}` };
    },
  },
  {
    name: "splice",
    weight: 6,
    apply(t, r, ctx) {
      const o = r.pick(ctx.others);
      const a = r.int(0, t.length);
      const b = r.int(0, o.length);
      return { text: t.slice(0, a) + o.slice(b), note: `at ${a} with another text from ${b}` };
    },
  },
  {
    name: "double-punctuation",
    weight: 8,
    apply(t, r) {
      const p = r.next() * 0.8 + 0.1;
      return {
        text: t.replace(/([.,;:!?])( ?)/g, (m, c: string, sp: string) => {
          if (!r.chance(p)) return m;
          const forms = [`${c}${c}`, `${c}${c}${c}`, `${c} ${c}`, "?!", "!!", "\u2026", `${c}${c}`, "--", "\u2014"];
          return r.chance(0.4) ? r.pick(forms) : `${r.pick(forms)}${sp}`; // "so..then": the space may go too
        }),
        note: `p=${p.toFixed(2)}`,
      };
    },
  },
  {
    name: "empty-lines",
    weight: 5,
    apply(t, r) {
      if (r.chance(0.2)) return { text: t.replace(/\n\s*\n/g, "\n"), note: "blank lines removed" };
      const blank = () => r.pick(["\n", "\n\n\n\n", "\n   \n", "\n\t\n", "\n\u00A0\n", "\n\u3000\n", "\n \u200B \n", "\n\uFEFF\n"]);
      return { text: insertAt(t, points(t, r, count(r, t, 200), r.pick(["line", "word"] as const)), blank) };
    },
  },
  {
    name: "line-endings",
    weight: 6,
    apply(t, r) {
      const how = r.pick(["crlf", "cr", "mixed", "crcrlf", "trailing-space"] as const);
      const text =
        how === "crlf" ? t.replace(/\n/g, "\r\n") : how === "cr" ? t.replace(/\n/g, "\r") : how === "mixed" ? t.replace(/\n/g, () => r.pick(["\n", "\r\n", "\r", "\n\r"])) : how === "crcrlf" ? t.replace(/\n/g, "\r\r\n") : t.replace(/\n/g, " \t \n");
      return { text, note: how };
    },
  },
  { name: "bom", weight: 4, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 2000), r.pick(["any", "word", "line"] as const)), () => "\uFEFF") }) },
  { name: "odd-letters", weight: 4, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 300), "word"), () => ` ${r.pick(ODD_LETTERS)}`) }) },
  {
    name: "cleaner-lines",
    weight: 5,
    apply(t, r) {
      const ls = lines(t);
      const n = count(r, t, 800, 50);
      for (let k = 0; k < n; k++) {
        const i = r.int(0, ls.length);
        const how = r.int(0, 3);
        if (how === 0 && ls.length > 0) ls.splice(i, 0, ls[Math.min(i, ls.length - 1)]); // a repeated line
        else if (how === 1 && i === 0 && ls.length > 0) ls[0] = `${ls[0]} | World News`;
        else ls.splice(i, 0, r.pick(CLEANER_LINES) + (r.chance(0.3) ? ` ${ls[i] ?? ""}` : ""));
      }
      return { text: ls.join("\n") };
    },
  },
  {
    name: "delete-spans",
    weight: 4,
    apply(t, r) {
      const parts: string[] = [];
      let last = 0;
      for (const a of points(t, r, count(r, t, 400))) {
        if (a < last) continue;
        parts.push(t.slice(last, a));
        last = Math.min(t.length, a + r.logInt(1, 200));
      }
      parts.push(t.slice(last));
      return { text: parts.join("") };
    },
  },
  {
    name: "case",
    weight: 3,
    apply(t, r) {
      const up = r.chance(0.5);
      return { text: t.replace(/^.*$/gm, (l) => (r.chance(0.3) ? (up ? l.toUpperCase() : l.toLowerCase()) : l)), note: up ? "upper" : "lower" };
    },
  },
  {
    name: "spaces",
    weight: 5,
    apply(t, r) {
      if (r.chance(0.25)) return { text: t.replace(/^.*$/gm, (l) => (r.chance(0.2) ? l.replace(/ /g, "") : l)), note: "spaces removed from some lines" };
      const p = r.next() * 0.5;
      return { text: t.replace(/ /g, (s) => (r.chance(p) ? r.pick(SPACES) : s)), note: `p=${p.toFixed(2)}` };
    },
  },
  { name: "abbreviations", weight: 4, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 300), r.pick(["word", "line"] as const)), () => ` ${r.pick(ABBREVIATIONS)}`) }) },
  { name: "speech", weight: 6, apply: (t, r) => ({ text: insertAt(t, points(t, r, count(r, t, 400), r.pick(["word", "line"] as const)), () => ` ${r.pick(SPEECH)} `) }) },
  {
    name: "shuffle-lines",
    weight: 2,
    apply(t, r) {
      const ls = lines(t);
      for (let i = ls.length - 1; i > 0; i--) {
        const j = r.int(0, i);
        [ls[i], ls[j]] = [ls[j], ls[i]];
      }
      return { text: ls.join("\n") };
    },
  },
];
