import { Actor, ActorRegistry, ActorRole } from "./types";

/**
 * Dated roles: which actor a name stands for on an article's date. A name alias ("Mr Blinken") always
 * stands for its actor; a role alias ("the Secretary of State") stands for the holder in office on the
 * article's date, and without a date only for the one holder of an undated role.
 */

/** One actor a name may stand for: by a name alias (no `role`) or by a role alias. */
export interface NameCandidate {
  actor: Actor;
  role?: ActorRole;
}

/** Every actor one name may stand for, in registry order, and how many actors hold it as a role alias. */
export interface NameEntry {
  candidates: NameCandidate[];
  roleHolders: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date written YYYY-MM-DD ("2022-02-30" is not one). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== "string") return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Throws when a `date` option is given and is not YYYY-MM-DD, naming the function and the value. */
export function checkDateOption(date: string | undefined, where: string): void {
  if (date !== undefined && !isIsoDate(date)) throw new Error(`${where}: option date ${JSON.stringify(date)} must be a date YYYY-MM-DD (the article's ManifestEntry.date), or left out`);
}

/**
 * The date role aliases resolve on for an article: the `date` option when given (checked), else the
 * article's own (`meta.date`) when it is a calendar date YYYY-MM-DD, else none (the corpus loader warns
 * about dates; resolution never stops an analysis over one).
 */
export function resolutionDate(meta: { date?: string } | undefined, option: string | undefined, where: string): string | undefined {
  checkDateOption(option, where);
  if (option !== undefined) return option;
  const own = meta?.date;
  return isIsoDate(own) ? own : undefined;
}

/** True when `date` (YYYY-MM-DD) lies within the role's dates, both ends inclusive (ISO dates compare as strings). */
export function inOffice(role: ActorRole, date: string): boolean {
  return (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
}

/**
 * The actor a name stands for on `date`: the first candidate in registry order that is a name alias, or a
 * role alias whose role covers the date. With no date, a role alias counts only when it is the one actor
 * holding that alias and the role has no dates. Undefined when no candidate qualifies.
 */
export function actorOn(entry: NameEntry, date: string | undefined): Actor | undefined {
  for (const c of entry.candidates) {
    if (!c.role) return c.actor;
    if (date !== undefined ? inOffice(c.role, date) : entry.roleHolders === 1 && c.role.from === undefined && c.role.to === undefined) return c.actor;
  }
  return undefined;
}

/**
 * Every name, alias and role alias of a registry under `key(text)`, each with its candidates in registry
 * order (an actor's own name alias first; a role alias of an actor already named by the same key adds
 * nothing).
 */
export function nameEntries(registry: ActorRegistry, key: (name: string) => string): Map<string, NameEntry> {
  const entries = new Map<string, NameEntry>();
  const holders = new Map<string, Set<string>>();
  const add = (name: string, actor: Actor, role?: ActorRole) => {
    const k = key(name);
    let entry = entries.get(k);
    if (!entry) entries.set(k, (entry = { candidates: [], roleHolders: 0 }));
    if (entry.candidates.some((c) => c.actor === actor && (!c.role || c.role === role))) return;
    entry.candidates.push(role ? { actor, role } : { actor });
    if (role) {
      let set = holders.get(k);
      if (!set) holders.set(k, (set = new Set()));
      set.add(actor.id);
      entry.roleHolders = set.size;
    }
  };
  for (const a of registry.actors) {
    for (const name of [a.name, ...a.aliases]) add(name, a);
    for (const role of a.roles ?? []) for (const alias of role.aliases) add(alias, a, role);
  }
  return entries;
}
