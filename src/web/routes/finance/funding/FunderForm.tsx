import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDER_TYPES } from '../../../../core/finance/codes';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import type { Funder, NewFunder } from './fundingApi';

const FIELDS = ['name', 'acronym', 'type', 'actorId', 'iatiRef', 'defaultCurrency'] as const;

/** Add or change a funder: its name, kind, the same organisation on the sector map, its IATI reference. */
export function FunderForm(props: {
  funder: Funder | null;
  actors: { id: string; name: string }[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewFunder) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const funder = props.funder;
  const [name, setName] = useState(funder?.name ?? '');
  const [acronym, setAcronym] = useState(funder?.acronym ?? '');
  const [type, setType] = useState<string | null>(funder?.type ?? null);
  const [actorId, setActorId] = useState<string | null>(funder?.actorId ?? null);
  const [iatiRef, setIatiRef] = useState(funder?.iatiRef ?? '');
  const [currency, setCurrency] = useState(funder?.defaultCurrency ?? '');
  const [missing, setMissing] = useState(false);
  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const required = (value: unknown) => (missing && !value ? tRoot('common.required') : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !type) {
      setMissing(true);
      return;
    }
    props.onSubmit({
      name: name.trim(),
      acronym: acronym.trim() || null,
      type: type as NewFunder['type'],
      actorId,
      iatiRef: iatiRef.trim() || null,
      defaultCurrency: currency.trim() ? currency.trim().toUpperCase() : null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('funders.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            required
            error={required(name.trim()) ?? errorOf('name')}
          />
          <TextInput
            label={t('funders.acronym')}
            value={acronym}
            onChange={(event) => setAcronym(event.currentTarget.value)}
            maxLength={40}
            error={errorOf('acronym')}
          />
        </SimpleGrid>
        <Select
          label={t('funders.type')}
          data={FUNDER_TYPES.map((code) => ({ value: code, label: tFinance(`funderType.${code}`) }))}
          value={type}
          onChange={setType}
          required
          error={required(type) ?? errorOf('type')}
        />
        <Select
          label={t('funders.actor')}
          description={t('funders.actorHelp')}
          placeholder={t('funders.noActor')}
          data={props.actors.map((actor) => ({ value: actor.id, label: actor.name }))}
          value={actorId}
          onChange={setActorId}
          searchable
          clearable
          error={errorOf('actorId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('funders.iatiRef')}
            description={t('funders.iatiRefHelp')}
            value={iatiRef}
            onChange={(event) => setIatiRef(event.currentTarget.value)}
            maxLength={100}
            dir="ltr"
            error={errorOf('iatiRef')}
          />
          <TextInput
            label={t('funders.defaultCurrency')}
            description={t('currencyHelp')}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
            maxLength={3}
            dir="ltr"
            error={errorOf('defaultCurrency')}
          />
        </SimpleGrid>
        {props.error && !fieldError ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {tRoot('common.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {tRoot('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
