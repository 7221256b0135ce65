import { Alert, Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MECHANISM_KINDS } from '../../../../core/coordination/compacts';
import { PURPOSE_CODE_LIST } from '../../../../core/finance/codes';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import type { Mechanism, MechanismInput } from '../coordinationApi';

const FIELDS = [
  'name',
  'kind',
  'termsOfReference',
  'memberFunderIds',
  'memberActorIds',
  'planItemIds',
  'purposeCodes',
  'poolFunderId',
] as const;

export interface Choice {
  id: string;
  name: string;
}

const options = (choices: Choice[]) => choices.map((choice) => ({ value: choice.id, label: choice.name }));

/** Set up or change a mechanism: its kind, members, terms of reference and what it covers. */
export function MechanismForm(props: {
  mechanism: Mechanism | null;
  funders: Choice[];
  institutions: Choice[];
  areas: Choice[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: MechanismInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['coordination', 'funding']);
  const errorMessage = useErrorText();
  const m = props.mechanism;
  const [name, setName] = useState(m?.name ?? '');
  const [kind, setKind] = useState<string | null>(m?.kind ?? null);
  const [terms, setTerms] = useState(m?.termsOfReference ?? '');
  const [funders, setFunders] = useState<string[]>(m?.memberFunderIds ?? []);
  const [actors, setActors] = useState<string[]>(m?.memberActorIds ?? []);
  const [items, setItems] = useState<string[]>(m?.planItemIds ?? []);
  const [codes, setCodes] = useState<string[]>(m?.purposeCodes ?? []);
  const [pool, setPool] = useState<string | null>(m?.poolFunderId ?? null);
  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  // areas chosen earlier on another plan stay listed by id, so saving keeps them
  const areaChoices = [
    ...options(props.areas),
    ...items
      .filter((id) => !props.areas.some((area) => area.id === id))
      .map((id) => ({ value: id, label: id })),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !kind) return;
    props.onSubmit({
      name: name.trim(),
      kind: kind as MechanismInput['kind'],
      termsOfReference: terms.trim() || null,
      memberFunderIds: funders,
      memberActorIds: actors,
      planItemIds: items,
      purposeCodes: codes,
      poolFunderId: kind === 'pooled_fund' ? pool : null,
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t('mechanisms.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errorOf('name')}
        />
        <Select
          label={t('mechanisms.kind')}
          required
          data={MECHANISM_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          value={kind}
          onChange={setKind}
          error={errorOf('kind')}
        />
        <Textarea
          label={t('mechanisms.terms')}
          autosize
          minRows={3}
          value={terms}
          onChange={(event) => setTerms(event.currentTarget.value)}
          error={errorOf('termsOfReference')}
        />
        <MultiSelect
          label={t('mechanisms.memberFunders')}
          data={options(props.funders)}
          value={funders}
          onChange={setFunders}
          searchable
          error={errorOf('memberFunderIds')}
        />
        <MultiSelect
          label={t('mechanisms.memberInstitutions')}
          data={options(props.institutions)}
          value={actors}
          onChange={setActors}
          searchable
          error={errorOf('memberActorIds')}
        />
        <MultiSelect
          label={t('mechanisms.areas')}
          description={t('mechanisms.areasHelp')}
          data={areaChoices}
          value={items}
          onChange={setItems}
          searchable
          error={errorOf('planItemIds')}
        />
        <MultiSelect
          label={t('mechanisms.purposeCodes')}
          data={PURPOSE_CODE_LIST.map((code) => ({
            value: code,
            label: `${code} · ${t(`funding:purposeCodes.${code}`)}`,
          }))}
          value={codes}
          onChange={setCodes}
          searchable
          error={errorOf('purposeCodes')}
        />
        {kind === 'pooled_fund' && (
          <Select
            label={t('mechanisms.poolFunder')}
            data={options(props.funders)}
            value={pool}
            onChange={setPool}
            clearable
            error={errorOf('poolFunderId')}
          />
        )}
        {props.error !== null && props.error !== undefined && !fieldError && (
          <Alert color="red">{errorMessage(props.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
