import { CorpusError } from "./errors";
import { CorpusWarning, ManifestEntry } from "./types";

/** What the analyses compare: each outlet (default), or each of the manifest's outlet groups as one unit. */
export const COMPARE_UNITS = ["outlets", "groups"] as const;
export type CompareUnit = (typeof COMPARE_UNITS)[number];

export function isCompareUnit(v: unknown): v is CompareUnit {
  return typeof v === "string" && (COMPARE_UNITS as readonly string[]).includes(v);
}

/**
 * Entries relabelled so every analysis compares the manifest's groups instead of outlets: each article's
 * `outlet` becomes its group's name (the outlet it came from stays in `extra.memberOutlet`), so distinctive
 * words, frames, sentiment, quotes and coverage all run group against group. An outlet in no group stays
 * a unit of its own, with a warning; an outlet in two groups is an error (its articles would count twice).
 * `file` names the manifest in messages. Without groups it throws: there is nothing to compare.
 */
export function entriesByGroup(entries: readonly ManifestEntry[], groups: Readonly<Record<string, readonly string[]>> | undefined, file: string): { entries: ManifestEntry[]; warnings: CorpusWarning[] } {
  if (!groups || Object.keys(groups).length === 0) throw new CorpusError(file, 'gives no "groups", so there are no groups to compare; add e.g. "groups": {"UK": ["BBC", "Sky News"], "international": ["DW"]} or compare outlets');
  const groupOf = new Map<string, string>();
  for (const [group, members] of Object.entries(groups)) {
    for (const outlet of members) {
      const other = groupOf.get(outlet);
      if (other !== undefined) throw new CorpusError(file, `outlet "${outlet}" is in groups "${other}" and "${group}"; to compare groups each outlet must be in one group only (overlapping groups are compared in stories.csv and outlets.csv)`);
      groupOf.set(outlet, group);
    }
  }
  const alone = new Set<string>();
  const out = entries.map((e) => {
    const group = groupOf.get(e.outlet);
    if (group === undefined) {
      alone.add(e.outlet);
      return e;
    }
    return { ...e, outlet: group, extra: { ...(e.extra ?? {}), memberOutlet: e.outlet } };
  });
  const warnings = Array.from(alone, (o) => ({ file, message: `outlet "${o}" is in no group; it is compared as a group of its own` }));
  return { entries: out, warnings };
}
