import { actorById } from "../actors/registry";
import { ActorRegistry } from "../actors/types";
import { PersonIndex, genderFits } from "./antecedents";
import { mayBePerson } from "./speaker-clues";
import { QuoteRecord } from "./types";

// extractQuotes' second pass, over its records in reading order: pronouns checked against the previous
// speaker, unattributed quotes continuing it, and the pieces of one attribution numbered.

/** A record of extractQuotes' first pass, with what the second needs to know about it. */
export interface Pending extends QuoteRecord {
  pronoun?: string;
  antecedentSentence?: number;
  paragraph: number;
  continues: boolean;
  /** Whether a later he/she may refer back to this speaker (see Speaker.personLike). */
  personLike: boolean;
  /** Records with the same key belong to one attribution: the cue's token, or a key a continuation shares. */
  link?: number;
}

/**
 * Gives `attribution` numbers, in text order, to the records that share a link key with another record
 * (the pieces of one attribution); a record alone under its key gets none.
 */
export function numberAttributions(records: Pending[]): Pending[] {
  const count = new Map<number, number>();
  for (const r of records) if (r.link !== undefined) count.set(r.link, (count.get(r.link) ?? 0) + 1);
  const number = new Map<number, number>();
  for (const r of records) {
    if (r.link === undefined || count.get(r.link)! < 2) continue;
    if (!number.has(r.link)) number.set(r.link, number.size);
    r.attribution = number.get(r.link);
  }
  return records;
}

/**
 * In reading order: a pronoun whose antecedent was only a guess takes the last person already heard (the
 * previous speaker) when that is within the last two paragraphs, may be a person and has a title whose
 * gender fits, else keeps the guess; an unattributed direct quote
 * continues the previous speaker of the same or previous paragraph, or is dropped.
 */
export function resolveInOrder(records: Pending[], registry: ActorRegistry, people: PersonIndex): Pending[] {
  const sorted = records.sort((a, b) => a.start - b.start);
  const out: Pending[] = [];
  let last: Pending | null = null;
  let continued = 0;
  for (const r of sorted) {
    const recent = last && r.paragraph - last.paragraph <= 2 ? last : null;
    if (r.pronoun && recent) {
      const actor = recent.speakerId ? actorById(registry, recent.speakerId) : undefined;
      const personal = ["he", "she", "i"].includes(r.pronoun);
      // A speaker the registry does not know must look like a person for he/she: never a newspaper or network.
      // A title's gender must fit too: "she" is not the "Mr. Cole" who spoke before.
      const fits = (actor ? (actor.kind === "person") === personal : personal && recent.personLike && mayBePerson(recent.speaker ?? ""))
        && genderFits(people.genderOf(recent.speakerText ?? recent.speaker ?? ""), r.pronoun);
      if (fits) Object.assign(r, { speaker: recent.speaker, speakerId: recent.speakerId, side: recent.side });
    }
    if (r.continues) {
      if (!last || r.paragraph - last.paragraph > 1 || last.speaker === null) continue;
      Object.assign(r, { speaker: last.speaker, speakerText: last.speakerText, speakerId: last.speakerId, side: last.side, cue: last.cue });
      // '"A," he said. "B."': a quote that runs on in the paragraph of the quote just before it is a
      // second piece of that quote's attribution.
      const prev = out[out.length - 1];
      if (prev === last && prev.kind !== "indirect" && prev.paragraph === r.paragraph) r.link = prev.link ??= -(++continued);
    }
    out.push(r);
    // A pronoun resolved to a name (in the registry or only in the text) is a speaker later quotes continue.
    if (r.speaker && (!r.pronoun || r.speakerId || r.speaker !== r.speakerText)) last = r;
  }
  return out;
}
