import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryKeys } from '../../api/endpoints';
import type { AuditFilters } from '../../api/types';
import { actionOptions, entityTypeOptions } from './filterOptions';

interface AuditFiltersFormProps {
  slug: string;
  canListMembers: boolean;
  /** Text fields are edited here and applied by the page (debounced), the rest apply at once. */
  value: AuditFilters;
  onChange: (next: AuditFilters) => void;
}

export function AuditFiltersForm({ slug, canListMembers, value, onChange }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('audit');
  const members = useQuery({
    queryKey: queryKeys.members(slug),
    queryFn: () => api.listMembers(slug),
    enabled: canListMembers,
  });
  const memberOptions = (members.data?.members ?? []).map((member) => ({
    value: member.userId,
    label: `${member.name} (${member.email})`,
  }));
  const actions = actionOptions(ta);
  const entityTypes = entityTypeOptions(ta);
  const set = (patch: Partial<AuditFilters>) => onChange({ ...value, ...patch });
  const hasFilters = Object.values(value).some((field) => field !== undefined && field !== '');

  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 3, xl: 5 }}
      spacing="sm"
      role="search"
      aria-label={t('audit.filters')}
    >
      {canListMembers && (
        <Select
          label={t('audit.filterWho')}
          placeholder={t('audit.anyone')}
          data={memberOptions}
          value={value.actorId ?? null}
          onChange={(actorId) => set({ actorId: actorId ?? undefined })}
          searchable
          clearable
          nothingFoundMessage={t('common.noMatch')}
        />
      )}
      <Select
        label={t('audit.filterAction')}
        placeholder={ta('anyAction')}
        data={actions}
        value={value.action ?? null}
        onChange={(action) => set({ action: action ?? undefined })}
        searchable
        clearable
        nothingFoundMessage={t('common.noMatch')}
      />
      <Select
        label={t('audit.filterEntityType')}
        placeholder={t('audit.anyType')}
        data={entityTypes}
        value={value.entityType ?? null}
        onChange={(entityType) => set({ entityType: entityType ?? undefined })}
        searchable
        clearable
        nothingFoundMessage={t('common.noMatch')}
      />
      <TextInput
        label={t('audit.filterFrom')}
        type="date"
        value={value.from ?? ''}
        max={value.to || undefined}
        onChange={(event) => set({ from: event.currentTarget.value || undefined })}
      />
      <TextInput
        label={t('audit.filterTo')}
        type="date"
        value={value.to ?? ''}
        min={value.from || undefined}
        onChange={(event) => set({ to: event.currentTarget.value || undefined })}
      />
      {hasFilters && (
        <Group align="flex-end">
          <Button variant="default" onClick={() => onChange({})}>
            {t('audit.clearFilters')}
          </Button>
        </Group>
      )}
    </SimpleGrid>
  );
}
