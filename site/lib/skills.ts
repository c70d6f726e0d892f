import {
  isOpen,
  SKILL_GROUP_LABELS,
  SKILL_GROUPS,
  type Entry,
  type OpportunityRecord,
  type SkillArea,
  type SkillGroup,
} from '@opportunities-hub/model';

/** Skill areas in display order: by gap group, then the editors' `order`, then name. */
export function sortSkills<T extends Entry<SkillArea>>(skills: readonly T[]): T[] {
  return [...skills].sort(
    (a, b) =>
      SKILL_GROUPS.indexOf(a.data.group) - SKILL_GROUPS.indexOf(b.data.group) ||
      a.data.order - b.data.order ||
      a.data.name.localeCompare(b.data.name),
  );
}

/** The skill areas of each gap group, in order; groups without areas are kept, so the page names all three. */
export function skillsByGroup<T extends Entry<SkillArea>>(skills: readonly T[]): { group: SkillGroup; label: string; skills: T[] }[] {
  const sorted = sortSkills(skills);
  return SKILL_GROUPS.map((group) => ({ group, label: SKILL_GROUP_LABELS[group], skills: sorted.filter((s) => s.data.group === group) }));
}

/** How many open opportunities (open, closing soon or rolling) build each skill area, in one pass. */
export function openCountBySkill(records: readonly OpportunityRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (!isOpen(r.status)) continue;
    for (const s of r.skills) counts.set(s.slug, (counts.get(s.slug) ?? 0) + 1);
  }
  return counts;
}
