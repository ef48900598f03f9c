import * as fs from "fs";
import { corpusRegistryFile, defaultActorRegistry, loadActorRegistry, registryLabel } from "../actors/registry";
import { ActorSuggestion, actorSuggester, starterRegistry } from "../actors/suggest";
import { streamRecords } from "../pipeline/load-records";

export interface ActorsSuggestArgs {
  /** The corpus folder. */
  corpus: string;
  /** Where to write the starter registry (JSON); none: only print the table. */
  out?: string;
  /** How many suggestions to print and write; default 20. */
  top?: number;
  /** Overwrite `out` when it exists; default false. */
  force?: boolean;
  /** Worker threads for the per-article work; default the number of cores. */
  jobs?: number;
}

export interface ActorsSuggestResult {
  /** Every suggestion, ranked (the table shows the first `top`). */
  suggestions: ActorSuggestion[];
  /** The registry file used to tell resolved names from unresolved ones; undefined: seeds/actors.json. */
  registryFile?: string;
  /** The starter registry written, if any. */
  written?: string;
}

/** Cuts a cell to `n` characters, saying so with "…". */
function cell(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** The suggestions as fixed-width lines: rank, name, kind, quotes, mentions, articles, outlets, first example. */
export function suggestionTable(suggestions: readonly ActorSuggestion[]): string[] {
  const rows = suggestions.map((s, i) => [String(i + 1), cell(s.name, 32), s.kind, String(s.quotes), String(s.mentions), String(s.articles), String(s.outlets), cell(s.examples[0]?.text ?? "", 70)]);
  const head = ["#", "name", "kind", "quotes", "mentions", "articles", "outlets", "example"];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((x, c) => (c === r.length - 1 ? x : x.padEnd(widths[c]))).join("  ").trimEnd();
  return [line(head), ...rows.map(line)];
}

/**
 * `framelens actors suggest --corpus DIR [--out FILE] [--top N] [--force]`: streams the corpus through the
 * map (with the corpus's own actors.json when it has one, else the default registry), lists the most-quoted
 * and most-named people and organisations the registry does not resolve (see suggestActors), and with
 * `out` writes the top N as a starter registry (see starterRegistry). Refuses to overwrite an existing
 * `out` unless `force`; checks that before reading the corpus. Options: top (20), force (false).
 */
export async function runActorsSuggest(args: ActorsSuggestArgs, log: (line: string) => void = console.log): Promise<ActorsSuggestResult> {
  const { corpus, out, top = 20, force = false, jobs } = args;
  if (!Number.isInteger(top) || top < 1) throw new Error(`--top takes a whole number of suggestions, at least 1; got "${String(top)}"`);
  if (out !== undefined && !force && fs.existsSync(out)) throw new Error(`${out}: already exists; choose another --out file, or add --force to overwrite it`);
  const registryFile = corpusRegistryFile(corpus);
  const registry = registryFile ? loadActorRegistry(registryFile) : defaultActorRegistry();
  const suggester = actorSuggester({ registry });
  const info = await streamRecords(corpus, (r) => suggester.add(r), { registryFile, ...(jobs !== undefined ? { jobs } : {}) });
  const suggestions = suggester.result();
  log(`${info.articles} article(s), ${info.outlets.length} outlet(s); registry: ${registryLabel(registryFile)}${registryFile ? " (the corpus's own)" : " (framelens' default)"}`);
  if (info.warnings.length) log(`${info.warnings.length} warning(s) while reading the corpus (framelens analyze lists them)`);
  if (suggestions.length === 0) log("no unresolved name is quoted or named twice: nothing to suggest");
  else {
    log(`${suggestions.length} unresolved name(s) quoted or named at least twice; the top ${Math.min(top, suggestions.length)}:`);
    for (const l of suggestionTable(suggestions.slice(0, top))) log(l);
  }
  let written: string | undefined;
  if (out !== undefined) {
    fs.writeFileSync(out, JSON.stringify(starterRegistry(suggestions, { top }), null, 2) + "\n", { flag: force ? "w" : "wx" });
    written = out;
    log(`wrote ${out}: ${Math.min(top, suggestions.length)} actor(s) with side "unknown"; add your sides, give each actor one, and save it as actors.json in the corpus folder`);
  }
  return { suggestions, registryFile, written };
}
