import * as fs from "fs";
import * as path from "path";
import { unknownOption } from "../corpus/errors";
import { ACTOR_KINDS, Actor, ActorRegistry, SIDES, SideInfo, isSide } from "./types";

/** The registry shipped with the seeds (the Geneva talks story). */
export const DEFAULT_REGISTRY_FILE = path.resolve(__dirname, "../../seeds/actors.json");

/**
 * Validates registry JSON: `{ sides?: [{id, label}], actors: [{id, name, kind, side, aliases?, role?,
 * affiliation?}] }`. Side ids must be among SIDES; actor ids unique. Errors name the file and field.
 */
export function validateRegistry(json: unknown, file: string): ActorRegistry {
  const fail = (msg: string): never => {
    throw new Error(`${file}: ${msg}`);
  };
  if (!json || typeof json !== "object" || !Array.isArray((json as { actors?: unknown }).actors)) fail('expected an object with an "actors" array');
  const raw = json as { sides?: unknown; actors: unknown[] };
  const sides: SideInfo[] = Array.isArray(raw.sides)
    ? raw.sides.map((s, i) => {
        const o = s as { id?: unknown; label?: unknown };
        if (!isSide(o.id)) fail(`sides[${i}].id ${JSON.stringify(o.id)} is not one of ${SIDES.join(", ")}`);
        return { id: o.id as SideInfo["id"], label: typeof o.label === "string" ? o.label : String(o.id) };
      })
    : SIDES.map((id) => ({ id, label: id }));
  const ids = new Set<string>();
  const actors = raw.actors.map((a, i): Actor => {
    const o = (a ?? {}) as Record<string, unknown>;
    const where = `actors[${i}]`;
    for (const k of ["id", "name"]) if (typeof o[k] !== "string" || !(o[k] as string).trim()) fail(`${where}.${k} must be a non-empty string`);
    if (ids.has(o.id as string)) fail(`${where}.id "${o.id}" is used twice`);
    ids.add(o.id as string);
    if (!isSide(o.side)) fail(`${where}.side ${JSON.stringify(o.side)} is not one of ${SIDES.join(", ")}`);
    const kind = o.kind ?? "person";
    if (!(ACTOR_KINDS as readonly unknown[]).includes(kind)) throw new Error(`${file}: ${where}.kind: ${unknownOption("actor kind", kind, ACTOR_KINDS).message}`);
    const aliases = o.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((x) => typeof x !== "string" || !x.trim())) fail(`${where}.aliases must be an array of non-empty strings`);
    return {
      id: o.id as string,
      name: o.name as string,
      aliases: aliases as string[],
      kind: kind as Actor["kind"],
      side: o.side as Actor["side"],
      role: typeof o.role === "string" ? o.role : undefined,
      affiliation: typeof o.affiliation === "string" ? o.affiliation : undefined,
    };
  });
  return { sides, actors };
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
 * thousands of phrases and ids per corpus). Each map keeps the actor a scan in registry order would find first.
 */
interface ActorIndex {
  /** Actor id -> the first actor with that id (as `actors.find`). */
  byId: Map<string, Actor>;
  /** nameKey of every name and alias -> the first actor listing it. */
  exact: Map<string, Actor>;
  /** The same keys lower-cased -> the first actor listing one of them. */
  lower: Map<string, Actor>;
  /** Last word of a person's name (as written) -> that person, or null when several people share it. */
  surname: Map<string, Actor | null>;
}

/** Built on first use per registry object; a registry is not changed once analyses use it. */
const indexes = new WeakMap<ActorRegistry, ActorIndex>();

function indexOf(registry: ActorRegistry): ActorIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = { byId: new Map(), exact: new Map(), lower: new Map(), surname: new Map() };
    for (const a of registry.actors) {
      if (!index.byId.has(a.id)) index.byId.set(a.id, a);
      for (const name of [a.name, ...a.aliases]) {
        const key = nameKey(name);
        if (!index.exact.has(key)) index.exact.set(key, a);
        if (!index.lower.has(key.toLowerCase())) index.lower.set(key.toLowerCase(), a);
      }
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

/**
 * The actor a name refers to: exact match on name or alias (quotes and spaces normalised), then
 * case-insensitive, then by surname (the last word of a person's name, when only one person has it);
 * where several actors match at one step, the first in registry order. Null when nothing matches.
 */
export function resolveActor(name: string, registry: ActorRegistry = defaultActorRegistry()): Actor | null {
  const index = indexOf(registry);
  const n = nameKey(name);
  const found = index.exact.get(n) ?? index.lower.get(n.toLowerCase());
  if (found) return found;
  const last = n.split(" ").pop() ?? "";
  return /^\p{Lu}/u.test(last) ? index.surname.get(last) ?? null : null;
}
