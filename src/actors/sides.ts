import { colorAt } from "../charts/theme";
import { DEFAULT_SIDES, DefaultSide, Side, SideInfo, UNKNOWN_SIDE } from "./types";

/** One fixed colour per default side, so every chart agrees (Okabe & Ito palette, grey for unresolved). */
export const SIDE_COLORS: Readonly<Record<DefaultSide, string>> = {
  us: "#0072B2", russia: "#D55E00", ukraine: "#F0E442", uk: "#CC79A7", eu: "#56B4E9", nato: "#009E73", analysts: "#E69F00", unknown: "#999999",
};

/** The default sides labelled by id: the order and labels charts use when given no registry's sides. */
export const DEFAULT_SIDE_INFO: readonly SideInfo[] = DEFAULT_SIDES.map((id) => ({ id, label: id }));

/**
 * A side's chart colour: the registry's `color` for it, else the seeds' colour of a default side id
 * (SIDE_COLORS; grey for "unknown"), else the palette colour at the side's place in `sides`.
 */
export function sideColor(side: Side, sides: readonly SideInfo[] = DEFAULT_SIDE_INFO): string {
  const i = sides.findIndex((s) => s.id === side);
  if (i >= 0 && sides[i].color) return sides[i].color!;
  if (side in SIDE_COLORS) return SIDE_COLORS[side as DefaultSide];
  return side === UNKNOWN_SIDE ? SIDE_COLORS.unknown : colorAt(i >= 0 ? i : sides.length);
}

/**
 * The sides that occur in `used`, in the order of `sides` (a registry's), with their labels; a side that
 * occurs but is not among `sides` (records from another registry) follows, labelled by its id, in order of
 * first occurrence, so no row is dropped. Empty `used` gives [].
 */
export function orderedSides(used: Iterable<Side>, sides: readonly SideInfo[] = DEFAULT_SIDE_INFO): SideInfo[] {
  const seen = new Set(used);
  const known = sides.filter((s) => seen.has(s.id));
  const ids = new Set(sides.map((s) => s.id));
  return [...known, ...Array.from(seen).filter((id) => !ids.has(id)).map((id) => ({ id, label: id }))];
}
