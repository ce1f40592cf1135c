/**
 * An anonymised copy of a cohort, for sharing what a cohort learned with other cohorts: each
 * member is called by their role ("Head of Product", or "Member 3" without one), each guest
 * "Guest 1", "Guest 2"…, and their names are replaced wherever people typed them (notes,
 * challenges, commitments, progress), the full name first and then the first name alone. The
 * learning journal is private and is left out entirely. The structure, the dates and the figures
 * stay, so the copy opens and reports like the original.
 */
import type { Cohort } from './schema.ts';

interface Alias {
  name: string;
  alias: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Member aliases from their roles, numbered where two share one. */
function memberAliases(cohort: Cohort): Map<string, string> {
  const byRole = new Map<string, number>();
  for (const member of cohort.members) {
    const role = member.role.trim();
    if (role) byRole.set(role, (byRole.get(role) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return new Map(
    cohort.members.map((member, index) => {
      const role = member.role.trim();
      if (!role) return [member.id, `Member ${index + 1}`];
      const nth = (seen.get(role) ?? 0) + 1;
      seen.set(role, nth);
      return [member.id, (byRole.get(role) ?? 0) > 1 ? `${role} ${nth}` : role];
    }),
  );
}

/** Replaces every alias's name in a text: longest names first, so "Ana Lee" wins over "Ana". */
function replacer(aliases: readonly Alias[]): (text: string) => string {
  const words = aliases.flatMap(({ name, alias }) => {
    const first = name.trim().split(/\s+/)[0] ?? '';
    return first && first !== name.trim()
      ? [
          { name: name.trim(), alias },
          { name: first, alias },
        ]
      : [{ name: name.trim(), alias }];
  });
  const unique = new Map<string, string>();
  for (const { name, alias } of words.sort((a, b) => b.name.length - a.name.length))
    if (name && !unique.has(name)) unique.set(name, alias);
  if (unique.size === 0) return (text) => text;
  // Whole words only (letters of any script): "Ana" is not replaced inside "Banana".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${[...unique.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return (text) => text.replace(pattern, (name) => unique.get(name) ?? name);
}

export function anonymiseCohort(cohort: Cohort): Cohort {
  const members = memberAliases(cohort);
  const guests = new Map<string, string>();
  for (const session of cohort.sessions)
    for (const attendee of session.attendance)
      if (!attendee.memberId && !guests.has(attendee.name))
        guests.set(attendee.name, `Guest ${guests.size + 1}`);

  const aliases: Alias[] = [
    ...cohort.members.map((m) => ({ name: m.name, alias: members.get(m.id)! })),
    ...[...guests].map(([name, alias]) => ({ name, alias })),
  ];
  const scrub = replacer(aliases);

  const copy = structuredClone(cohort);
  copy.name = `${cohort.name} (anonymised)`;
  copy.journal = [];
  copy.members = copy.members.map((member) => ({
    ...member,
    name: members.get(member.id)!,
    strengths: member.strengths.map(scrub),
  }));
  for (const session of copy.sessions) {
    session.title = scrub(session.title);
    session.attendance = session.attendance.map((attendee) => ({
      ...attendee,
      name: attendee.memberId
        ? (members.get(attendee.memberId) ?? scrub(attendee.name))
        : (guests.get(attendee.name) ?? scrub(attendee.name)),
    }));
    for (const challenge of session.challenges) challenge.text = scrub(challenge.text);
    for (const note of session.notes) note.text = scrub(note.text);
    for (const commitment of session.commitments) {
      commitment.text = scrub(commitment.text);
      if (commitment.successSignal) commitment.successSignal = scrub(commitment.successSignal);
    }
    for (const update of session.progressUpdates) {
      update.accomplished = scrub(update.accomplished);
      update.remaining = scrub(update.remaining);
      update.blockers = scrub(update.blockers);
    }
    // The run log repeats what the record holds (names of people, texts typed): replaying it
    // would bring the names back, so the copy keeps the record and not the log.
    session.runLog = [];
  }
  return copy;
}
