import * as fs from "fs";
import * as path from "path";
import { NameEntry, actorOn, checkDateOption, nameEntries } from "./roles";
import { Actor, ActorRegistry } from "./types";
import { validateRegistry } from "./validate";

export { validateRegistry };

/** The registry shipped with the seeds (the Geneva talks story). */
export const DEFAULT_REGISTRY_FILE = path.resolve(__dirname, "../../seeds/actors.json");

/** The name of a corpus folder's own registry file. */
export const CORPUS_REGISTRY_NAME = "actors.json";

/**
 * A corpus folder's own actor registry: `<dir>/actors.json` when that file exists, else undefined (the
 * analyses then use framelens' default, seeds/actors.json). `dir` may also be a corpus file (JSONL, CSV):
 * that has no registry beside it, so the answer is undefined.
 */
export function corpusRegistryFile(dir: string): string | undefined {
  const file = path.join(dir, CORPUS_REGISTRY_NAME);
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** How reports name the registry in use: the file as given, or "seeds/actors.json" for framelens' default (undefined). */
export function registryLabel(file: string | undefined): string {
  return file === undefined || path.resolve(file) === DEFAULT_REGISTRY_FILE ? "seeds/actors.json" : file;
}

/** Reads and validates a registry file (default: seeds/actors.json). */
export function loadActorRegistry(file: string = DEFAULT_REGISTRY_FILE): ActorRegistry {
  if (!fs.existsSync(file)) throw new Error(`${file}: actor registry not found`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: is not valid JSON: ${(e as Error).message}`);
  }
  return validateRegistry(json, file);
}

let cached: ActorRegistry | null = null;

/** The default registry, read once. */
export function defaultActorRegistry(): ActorRegistry {
  if (!cached) cached = loadActorRegistry();
  return cached;
}

function fold(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();
}

/** A name as resolveActor compares it: folded, without a leading "the ". */
function nameKey(s: string): string {
  return fold(s).replace(/^(the|The)\s+/, "");
}

/**
 * A registry's ids and folded names indexed once, so that actorById and resolveActor are map look-ups
 * instead of passes that re-fold every name and alias of every actor (quote attribution resolves
 * thousands of phrases and ids per corpus). Each name keeps its candidates in registry order (see
 * roles.ts), so a look-up on a date reads the few actors that carry that name, never all actors.
 */
interface ActorIndex {
  /** Actor id -> the first actor with that id (as `actors.find`). */
  byId: Map<string, Actor>;
  /** nameKey of every name, alias and role alias -> the actors listing it. */
  exact: Map<string, NameEntry>;
  /** The same keys lower-cased. */
  lower: Map<string, NameEntry>;
  /** Last word of a person's name (as written) -> that person, or null when several people share it. */
  surname: Map<string, Actor | null>;
}

/** Built on first use per registry object; a registry is not changed once analyses use it. */
const indexes = new WeakMap<ActorRegistry, ActorIndex>();

function indexOf(registry: ActorRegistry): ActorIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = { byId: new Map(), exact: nameEntries(registry, nameKey), lower: nameEntries(registry, (s) => nameKey(s).toLowerCase()), surname: new Map() };
    for (const a of registry.actors) {
      if (!index.byId.has(a.id)) index.byId.set(a.id, a);
      if (a.kind === "person") {
        const last = a.name.split(" ").pop() ?? "";
        index.surname.set(last, index.surname.has(last) ? null : a);
      }
    }
    indexes.set(registry, index);
  }
  return index;
}

/** The actor with id `id` (the first of a repeated id, as `actors.find`), or undefined; a map look-up. */
export function actorById(registry: ActorRegistry, id: string): Actor | undefined {
  return indexOf(registry).byId.get(id);
}

export interface ResolveOptions {
  /**
   * The article's date (YYYY-MM-DD): a role alias ("the Secretary of State") names the actor holding the
   * role that day. Default none: a role alias then names only the one holder of an undated role.
   */
  date?: string;
  /** Fall back to a person's surname (the last word of the name); default true. */
  bySurname?: boolean;
}

/**
 * The actor a name refers to: exact match on name, alias or role alias (quotes and spaces normalised,
 * a leading "the" dropped), then case-insensitive, then by surname (the last word of a person's name,
 * when only one person has it). Name aliases resolve whatever the date; a role alias only on a date
 * within its role's dates (see ResolveOptions.date). Where several actors match at one step, the first in
 * registry order that qualifies. Null when nothing matches. Options: date (none), bySurname (true).
 */
export function resolveActor(name: string, registry: ActorRegistry = defaultActorRegistry(), options: ResolveOptions = {}): Actor | null {
  const { date, bySurname = true } = options;
  checkDateOption(date, "resolveActor");
  const index = indexOf(registry);
  const n = nameKey(name);
  const exact = index.exact.get(n);
  const found = (exact && actorOn(exact, date)) ?? lowerOn(index, n, date);
  if (found) return found;
  if (!bySurname) return null;
  const last = n.split(" ").pop() ?? "";
  return /^\p{Lu}/u.test(last) ? index.surname.get(last) ?? null : null;
}

function lowerOn(index: ActorIndex, n: string, date: string | undefined): Actor | undefined {
  const entry = index.lower.get(n.toLowerCase());
  return entry && actorOn(entry, date);
}
