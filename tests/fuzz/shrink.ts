/**
 * Shrinks a failing input to a small one that still fails the same way: greedy delta debugging
 * (Zeller & Hildebrandt 2002, simplified) that removes chunks of lines, then of words, then of
 * characters, halving the chunk size each round, and keeps every removal after which `fails` still
 * holds. The result is 1-minimal at the character level when the check budget allows.
 */

export interface ShrinkOptions {
  /** Most calls of `fails`; default 4,000. */
  maxChecks?: number;
}

export interface ShrinkResult {
  text: string;
  checks: number;
}

/** Splits keeping every character: pieces joined give `text` back. */
function pieces(text: string, unit: "line" | "word" | "char"): string[] {
  if (unit === "char") return text.split("");
  const re = unit === "line" ? /(?<=\n)/ : /(?<=\s)(?=\S)/;
  return text.split(re).filter((p) => p.length > 0);
}

/** Smallest input found for which `fails` holds; `input` itself must fail. Returns input unchanged otherwise. */
export function shrink(input: string, fails: (text: string) => boolean, options: ShrinkOptions = {}): ShrinkResult {
  const { maxChecks = 4000 } = options;
  let checks = 0;
  const test = (t: string) => {
    checks++;
    return fails(t);
  };
  if (!test(input)) return { text: input, checks };
  let best = input;
  for (const unit of ["line", "word", "char"] as const) {
    let parts = pieces(best, unit);
    for (let chunk = Math.max(1, Math.floor(parts.length / 2)); chunk >= 1; chunk = chunk === 1 ? 0 : Math.max(1, Math.floor(chunk / 2))) {
      for (let i = 0; i < parts.length && checks < maxChecks; ) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (candidate.length < parts.length && test(candidate.join(""))) parts = candidate;
        else i += chunk;
      }
      if (checks >= maxChecks) break;
    }
    best = parts.join("");
    if (checks >= maxChecks) break;
  }
  return { text: best, checks };
}
