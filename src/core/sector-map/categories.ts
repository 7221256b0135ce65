/**
 * Who is in the security sector: actor categories as data, in the groups SSR practice uses
 * (DCAF's "providers, management and oversight, justice, non-statutory, civil society, international").
 */
export const CATEGORY_GROUPS = [
  'force_bearing',
  'management_oversight',
  'justice',
  'non_statutory',
  'civil_society',
  'international',
] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

interface CategoryDefinition {
  group: CategoryGroup;
  /** Carries weapons or coercive powers: its oversight is what the gap analysis checks. */
  armed: boolean;
}

export const CATEGORY_DEFINITIONS = {
  armed_forces: { group: 'force_bearing', armed: true },
  police: { group: 'force_bearing', armed: true },
  gendarmerie: { group: 'force_bearing', armed: true },
  intelligence: { group: 'force_bearing', armed: true },
  border_guard: { group: 'force_bearing', armed: true },
  customs: { group: 'force_bearing', armed: true },
  presidential_guard: { group: 'force_bearing', armed: true },
  executive: { group: 'management_oversight', armed: false },
  national_security_council: { group: 'management_oversight', armed: false },
  ministry: { group: 'management_oversight', armed: false },
  parliament: { group: 'management_oversight', armed: false },
  parliamentary_committee: { group: 'management_oversight', armed: false },
  audit_institution: { group: 'management_oversight', armed: false },
  ombuds: { group: 'management_oversight', armed: false },
  court: { group: 'justice', armed: false },
  prosecution: { group: 'justice', armed: false },
  corrections: { group: 'justice', armed: false },
  human_rights_commission: { group: 'justice', armed: false },
  // Non-statutory but armed: a map must show that nobody oversees them.
  militia: { group: 'non_statutory', armed: true },
  private_security: { group: 'non_statutory', armed: true },
  customary_authority: { group: 'non_statutory', armed: false },
  ngo: { group: 'civil_society', armed: false },
  media: { group: 'civil_society', armed: false },
  research: { group: 'civil_society', armed: false },
  donor: { group: 'international', armed: false },
  un: { group: 'international', armed: false },
  regional_organisation: { group: 'international', armed: false },
  // Armed, but accountable to its mandating body abroad, not to national oversight.
  peace_support_operation: { group: 'international', armed: false },
} as const satisfies Record<string, CategoryDefinition>;

export type ActorCategory = keyof typeof CATEGORY_DEFINITIONS;
export const ACTOR_CATEGORIES = Object.keys(CATEGORY_DEFINITIONS) as [ActorCategory, ...ActorCategory[]];

export const ACTOR_LEVELS = ['national', 'subnational'] as const;
export type ActorLevel = (typeof ACTOR_LEVELS)[number];

/** Languages an actor's name may be translated into (the main name is in the workspace's language). */
export const NAME_TRANSLATION_LANGUAGES = ['fr', 'ar', 'es', 'pt'] as const;
export type NameTranslationLanguage = (typeof NAME_TRANSLATION_LANGUAGES)[number];
export type NameTranslations = Partial<Record<NameTranslationLanguage, string>>;

export function isActorCategory(value: string): value is ActorCategory {
  return Object.hasOwn(CATEGORY_DEFINITIONS, value);
}

export function groupOf(category: ActorCategory): CategoryGroup {
  return CATEGORY_DEFINITIONS[category].group;
}

export function isArmed(category: ActorCategory): boolean {
  return CATEGORY_DEFINITIONS[category].armed;
}

export function categoriesIn(group: CategoryGroup): ActorCategory[] {
  return ACTOR_CATEGORIES.filter((category) => groupOf(category) === group);
}

/** Statutory unless the category is outside the state: the default when a form or file leaves it out. */
export function defaultStatutory(category: ActorCategory): boolean {
  const group = groupOf(category);
  return group === 'force_bearing' || group === 'management_oversight' || group === 'justice';
}
