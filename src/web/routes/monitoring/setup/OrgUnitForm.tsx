import { Select, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons, useMonitoringSave } from '../monitoringForm';
import { localName, metadataApi, type OrgUnit, type OrgUnitInput } from './monitoringMetadataQueries';
import { CodeNameFields, useNamedDraft } from './setupForm';

const FIELDS = ['code', 'name', 'parentId', 'actorId'] as const;

/** Add an org unit (under a parent), or rename or move one; a unit cannot move below itself. */
export function OrgUnitForm(props: {
  slug: string;
  unit: OrgUnit | null;
  parentId: string | null;
  units: OrgUnit[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation(['monitoringSetup']);
  const { unit } = props;
  const draft = useNamedDraft(unit);
  const [parentId, setParentId] = useState<string | null>(unit ? unit.parentId : props.parentId);
  const { save, errorOf, detailError } = useMonitoringSave({
    slug: props.slug,
    fields: FIELDS,
    saved: t('saved'),
    onDone: props.onDone,
    mutationFn: (input: OrgUnitInput) =>
      unit
        ? metadataApi.updateOrgUnit(props.slug, unit.id, input)
        : metadataApi.createOrgUnit(props.slug, input),
  });
  // the unit itself and everything below it cannot become its parent
  const parents = props.units.filter((candidate) => !unit || !candidate.path.startsWith(unit.path));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const named = draft.input();
    if (!named) return;
    save.mutate({
      ...named,
      parentId,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <CodeNameFields draft={draft} errorOf={errorOf}>
          <Select
            label={t('orgUnits.parent')}
            placeholder={t('orgUnits.noParent')}
            data={parents.map((p) => ({ value: p.id, label: `${p.code} · ${localName(p, i18n.language)}` }))}
            value={parentId}
            onChange={setParentId}
            searchable
            clearable
            error={errorOf('parentId')}
          />
        </CodeNameFields>
        <FormButtons busy={save.isPending} error={detailError} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}
