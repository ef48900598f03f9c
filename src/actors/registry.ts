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

/**
 * The actor a name refers to: exact match on name or alias (quotes and spaces normalised), then
 * case-insensitive, then by surname (the last word of a person's name). Null when nothing matches.
 */
export function resolveActor(name: string, registry: ActorRegistry = defaultActorRegistry()): Actor | null {
  const n = fold(name).replace(/^(the|The)\s+/, "");
  const all = (a: Actor) => [a.name, ...a.aliases].map(fold).map((x) => x.replace(/^(the|The)\s+/, ""));
  const exact = registry.actors.find((a) => all(a).includes(n));
  if (exact) return exact;
  const lower = n.toLowerCase();
  const ci = registry.actors.find((a) => all(a).some((x) => x.toLowerCase() === lower));
  if (ci) return ci;
  const last = n.split(" ").pop() ?? "";
  if (/^\p{Lu}/u.test(last)) {
    const bySurname = registry.actors.filter((a) => a.kind === "person" && a.name.split(" ").pop() === last);
    if (bySurname.length === 1) return bySurname[0];
  }
  return null;
}
