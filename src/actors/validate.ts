import { unknownOption } from "../corpus/errors";
import { isIsoDate } from "./roles";
import { ACTOR_KINDS, Actor, ActorRegistry, ActorRole, DEFAULT_SIDES, SIDE_ID_PATTERN, SideInfo, UNKNOWN_SIDE } from "./types";

/** The label of the "unknown" side when a registry's `sides` leave it out. */
const UNKNOWN_LABEL = "Unresolved";

/**
 * Validates registry JSON: `{ sides?: [{id, label?, color?}], actors: [{id, name, kind?, side, aliases?,
 * role?, affiliation?, roles?: [{title, aliases?, from?, to?}]}] }`. The registry defines its own sides:
 * ids of letters, digits, "_", "-" or ".", each once; "unknown" is added (label "Unresolved") when left
 * out; a file without `sides` has the default registry's (DEFAULT_SIDES, labelled by id). Every actor's
 * side must be one of them; actor ids are unique; kind defaults to "person"; a role's aliases default to
 * [title], its dates are YYYY-MM-DD with from <= to (both optional, inclusive). Throws on the first
 * problem, naming the file and the field, what was expected and what to do.
 */
export function validateRegistry(json: unknown, file: string): ActorRegistry {
  const fail = (msg: string): never => {
    throw new Error(`${file}: ${msg}`);
  };
  if (!json || typeof json !== "object" || !Array.isArray((json as { actors?: unknown }).actors)) fail('expected an object with an "actors" array');
  const raw = json as { sides?: unknown; actors: unknown[] };
  const sides = validateSides(raw.sides, fail);
  const sideIds = sides.map((s) => s.id);
  const ids = new Set<string>();
  const actors = raw.actors.map((a, i): Actor => {
    const o = (a ?? {}) as Record<string, unknown>;
    const where = `actors[${i}]`;
    for (const k of ["id", "name"]) if (typeof o[k] !== "string" || !(o[k] as string).trim()) fail(`${where}.${k} must be a non-empty string`);
    if (ids.has(o.id as string)) fail(`${where}.id "${o.id}" is used twice`);
    ids.add(o.id as string);
    if (typeof o.side !== "string" || !sideIds.includes(o.side)) fail(`${where}.side ${JSON.stringify(o.side)} is not one of ${sideIds.join(", ")}; use one of them, or add it to "sides"`);
    const kind = o.kind ?? "person";
    if (!(ACTOR_KINDS as readonly unknown[]).includes(kind)) throw new Error(`${file}: ${where}.kind: ${unknownOption("actor kind", kind, ACTOR_KINDS).message}`);
    const aliases = stringList(o.aliases, `${where}.aliases`, fail) ?? [];
    const roles = o.roles === undefined ? undefined : validateRoles(o.roles, `${where}.roles`, fail);
    return {
      id: o.id as string,
      name: o.name as string,
      aliases,
      kind: kind as Actor["kind"],
      side: o.side as string,
      role: typeof o.role === "string" ? o.role : undefined,
      affiliation: typeof o.affiliation === "string" ? o.affiliation : undefined,
      ...(roles ? { roles } : {}),
    };
  });
  return { sides, actors };
}

function validateSides(raw: unknown, fail: (msg: string) => never): SideInfo[] {
  if (raw === undefined) return DEFAULT_SIDES.map((id) => ({ id, label: id }));
  if (!Array.isArray(raw)) fail('"sides" must be an array of { "id": ..., "label": ... }');
  const sides = (raw as unknown[]).map((s, i): SideInfo => {
    const o = (s ?? {}) as { id?: unknown; label?: unknown; color?: unknown };
    if (typeof o.id !== "string" || !SIDE_ID_PATTERN.test(o.id)) fail(`sides[${i}].id ${JSON.stringify(o.id)} must be a word of letters, digits, "_", "-" or "." (no spaces), e.g. "democrats"`);
    if (o.label !== undefined && typeof o.label !== "string") fail(`sides[${i}].label must be a string (the side's name in charts)`);
    if (o.color !== undefined && typeof o.color !== "string") fail(`sides[${i}].color must be a CSS colour string such as "#0072B2"`);
    return { id: o.id as string, label: typeof o.label === "string" ? o.label : (o.id as string), ...(typeof o.color === "string" ? { color: o.color } : {}) };
  });
  sides.forEach((s, i) => {
    const first = sides.findIndex((x) => x.id === s.id);
    if (first < i) fail(`sides[${i}].id "${s.id}" is used twice (also sides[${first}])`);
  });
  if (!sides.some((s) => s.id === UNKNOWN_SIDE)) sides.push({ id: UNKNOWN_SIDE, label: UNKNOWN_LABEL });
  return sides;
}

/** An optional array of non-empty strings: undefined when absent. */
function stringList(v: unknown, where: string, fail: (msg: string) => never): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || !x.trim())) fail(`${where} must be an array of non-empty strings`);
  return v as string[];
}

function validateRoles(raw: unknown, where: string, fail: (msg: string) => never): ActorRole[] {
  if (!Array.isArray(raw)) fail(`${where} must be an array of { "title": ..., "aliases": [...], "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" }`);
  return (raw as unknown[]).map((r, k): ActorRole => {
    const o = (r ?? {}) as Record<string, unknown>;
    const at = `${where}[${k}]`;
    if (typeof o.title !== "string" || !o.title.trim()) fail(`${at}.title must be a non-empty string (the office, e.g. "US Secretary of State")`);
    const aliases = stringList(o.aliases, `${at}.aliases`, fail) ?? [o.title as string];
    for (const end of ["from", "to"] as const) {
      if (o[end] !== undefined && !isIsoDate(o[end])) fail(`${at}.${end} ${JSON.stringify(o[end])} must be a date YYYY-MM-DD (or left out: ${end === "from" ? "since ever" : "still in office"})`);
    }
    const from = o.from as string | undefined;
    const to = o.to as string | undefined;
    if (from !== undefined && to !== undefined && from > to) fail(`${at}: from "${from}" is after to "${to}"; give the first and the last day in office (both inclusive)`);
    return { title: o.title as string, aliases, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  });
}
