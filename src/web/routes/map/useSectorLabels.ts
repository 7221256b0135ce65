import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTOR_CATEGORIES,
  type ActorCategory,
  type ActorLevel,
  CATEGORY_GROUPS,
  type CategoryGroup,
  categoriesIn,
  type NameTranslations,
} from '../../../core/sector-map/categories';
import {
  type OversightKind,
  RELATION_STATUSES,
  RELATION_TYPES,
  type RelationStatus,
  type RelationType,
} from '../../../core/sector-map/relations';
import { showName, useWorkspaceLanguage } from '../../app/contentLanguage';

/**
 * Translated labels for the sector map's codes, and actor names in the interface language when known.
 * The functions keep their identity until the language changes, so graphs and memos do not rebuild.
 */
export function useSectorLabels() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const workspaceLanguage = useWorkspaceLanguage();
  return useMemo(() => {
    const shownActorName = (actor: { name: string; nameTranslations?: NameTranslations | null }) =>
      showName(actor, language, workspaceLanguage);
    const category = (value: ActorCategory) => t(`map.categories.${value}`);
    const group = (value: CategoryGroup) => t(`map.groups.${value}`);
    const relationType = (value: RelationType) => t(`map.relationTypes.${value}`);
    return {
      category,
      group,
      relationType,
      oversightKind: (value: OversightKind) => t(`map.oversightKinds.${value}`),
      status: (value: RelationStatus) => t(`map.statuses.${value}`),
      level: (value: ActorLevel) => t(`map.levels.${value}`),
      actorName: (actor: { name: string; nameTranslations: NameTranslations }) => shownActorName(actor).text,
      /** The name and, when it is not in the reader's language, which language it is in (for `<ShownText>`). */
      shownActorName,
      /** Categories for a Select, under their group headings. */
      categoryOptions: () =>
        CATEGORY_GROUPS.map((value) => ({
          group: group(value),
          items: categoriesIn(value).map((item) => ({ value: item, label: category(item) })),
        })),
      groupOptions: () => CATEGORY_GROUPS.map((value) => ({ value, label: group(value) })),
      relationTypeOptions: () => RELATION_TYPES.map((value) => ({ value, label: relationType(value) })),
      statusOptions: () => RELATION_STATUSES.map((value) => ({ value, label: t(`map.statuses.${value}`) })),
    };
  }, [t, language, workspaceLanguage]);
}

export type SectorLabels = ReturnType<typeof useSectorLabels>;

export const isActorCategory = (value: string | null): value is ActorCategory =>
  value !== null && (ACTOR_CATEGORIES as readonly string[]).includes(value);

/** Colours of the category groups, shared by badges, the graph and its legend. */
export const GROUP_COLORS: Record<CategoryGroup, string> = {
  force_bearing: '#c92a2a',
  management_oversight: '#1864ab',
  justice: '#5f3dc4',
  non_statutory: '#d9480f',
  civil_society: '#2b8a3e',
  international: '#0b7285',
};
