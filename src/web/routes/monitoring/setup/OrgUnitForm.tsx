import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, metadataApi, type OrgUnit, type OrgUnitInput } from './monitoringMetadataQueries';
import { cleanTranslations, FormButtons, TranslationsInputs, useSetupMutation } from './setupForm';

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
  const [code, setCode] = useState(unit?.code ?? '');
  const [name, setName] = useState(unit?.name ?? '');
  const [translations, setTranslations] = useState(unit?.nameTranslations ?? {});
  const [parentId, setParentId] = useState<string | null>(unit ? unit.parentId : props.parentId);
  const { save, errorOf, detailError } = useSetupMutation(
    props.slug,
    FIELDS,
    (input: OrgUnitInput) =>
      unit
        ? metadataApi.updateOrgUnit(props.slug, unit.id, input)
        : metadataApi.createOrgUnit(props.slug, input),
    props.onDone,
  );
  // the unit itself and everything below it cannot become its parent
  const parents = props.units.filter((candidate) => !unit || !candidate.path.startsWith(unit.path));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || !name.trim()) return;
    save.mutate({
      code: code.trim(),
      name: name.trim(),
      nameTranslations: cleanTranslations(translations),
      parentId,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.code')}
            description={t('form.codeHelp')}
            required
            dir="ltr"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errorOf('code')}
          />
          <TextInput
            label={t('form.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errorOf('name')}
          />
        </SimpleGrid>
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
        <TranslationsInputs value={translations} onChange={setTranslations} />
        <FormButtons busy={save.isPending} error={detailError} onCancel={props.onDone} />
      </Stack>
    </form>
  );
}
