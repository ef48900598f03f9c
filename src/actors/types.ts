/**
 * The actor vocabulary shared by quotes, sentiment and emphasis. A registry (seeds/actors.json by
 * default, a corpus folder's own actors.json, or a user's file) lists its sides and its actors, each with
 * aliases, optional dated roles and a side.
 */

/** The sides of the default registry (seeds/actors.json, the Geneva talks), in the order charts list them. */
export const DEFAULT_SIDES = ["us", "russia", "ukraine", "uk", "eu", "nato", "analysts", "unknown"] as const;
export type DefaultSide = (typeof DEFAULT_SIDES)[number];
/** The default registry's sides under their former name (kept for the public entry point); prefer DEFAULT_SIDES. */
export const SIDES = DEFAULT_SIDES;

/** The side of an unresolved speaker or name; every registry has it. */
export const UNKNOWN_SIDE = "unknown";

/** A side id: one of its registry's `sides` (a registry defines its own; "unknown" is always one of them). */
export type Side = string;

/** What a side id must look like: letters, digits, "_", "-" or "." (no spaces: sentences.csv joins sides with spaces). */
export const SIDE_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;

/**
 * True when `v` is a side of `registry` (by default: one of DEFAULT_SIDES, the seeds' sides).
 * A registry's own sides are whatever its file lists (see validateRegistry).
 */
export function isSide(v: unknown, registry?: { readonly sides: readonly SideInfo[] }): v is Side {
  if (typeof v !== "string") return false;
  return registry ? registry.sides.some((s) => s.id === v) : (DEFAULT_SIDES as readonly string[]).includes(v);
}

export const ACTOR_KINDS = ["person", "organisation", "country", "group"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * An office an actor holds for a while ("US Secretary of State" from 2021-01-26 to 2025-01-20). Its
 * aliases ("the Secretary of State") name the actor only in articles dated within the role's dates.
 */
export interface ActorRole {
  /** The office, e.g. "US Secretary of State". */
  title: string;
  /** How texts name the office ("Secretary of State", "the US Secretary of State"); default [title]. */
  aliases: string[];
  /** First day in office, YYYY-MM-DD, inclusive; absent: since ever. */
  from?: string;
  /** Last day in office, YYYY-MM-DD, inclusive; absent: still in office. */
  to?: string;
}

export interface Actor {
  /** Stable id, e.g. "antony-blinken". */
  id: string;
  /** Canonical display name, e.g. "Antony Blinken". */
  name: string;
  /** Other ways texts name the actor ("Mr Blinken", "Secretary Blinken", "Blinken"); they resolve whatever the date. */
  aliases: string[];
  kind: ActorKind;
  /** Role or title, e.g. "US Secretary of State" (a label; dated offices are in `roles`). */
  role?: string;
  /** Organisation or country, e.g. "US State Department". */
  affiliation?: string;
  side: Side;
  /** Offices whose aliases name the actor only on dates within the role's dates (see ActorRole). */
  roles?: ActorRole[];
}

export interface SideInfo {
  id: Side;
  label: string;
  /** Chart colour (CSS); default: the seeds' colour for a default side id, else one from the palette. */
  color?: string;
}

export interface ActorRegistry {
  /** Every side an actor may have, in the order charts list them; "unknown" is always among them. */
  sides: SideInfo[];
  actors: Actor[];
}

/** One place an actor is named in an article. */
export interface ActorMention {
  articleId: string;
  actorId: string;
  side: Side;
  /** Index of the sentence (into article.sentences). */
  sentence: number;
  start: number;
  end: number;
  text: string;
}
