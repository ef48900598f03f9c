/**
 * The actor vocabulary shared by quotes, sentiment and emphasis. A registry (seeds/actors.json by
 * default, or a user's own file for another story) lists actors with their aliases and side.
 */
export const SIDES = ["us", "russia", "ukraine", "uk", "eu", "nato", "analysts", "unknown"] as const;
export type Side = (typeof SIDES)[number];

export function isSide(v: unknown): v is Side {
  return typeof v === "string" && (SIDES as readonly string[]).includes(v);
}

export const ACTOR_KINDS = ["person", "organisation", "country", "group"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  /** Stable id, e.g. "antony-blinken". */
  id: string;
  /** Canonical display name, e.g. "Antony Blinken". */
  name: string;
  /** Other ways texts name the actor ("Mr Blinken", "Secretary Blinken", "Blinken"). */
  aliases: string[];
  kind: ActorKind;
  /** Role or title, e.g. "US Secretary of State". */
  role?: string;
  /** Organisation or country, e.g. "US State Department". */
  affiliation?: string;
  side: Side;
}

export interface SideInfo {
  id: Side;
  label: string;
}

export interface ActorRegistry {
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
