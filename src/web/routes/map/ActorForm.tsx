import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTOR_LEVELS,
  type ActorLevel,
  defaultStatutory,
  NAME_TRANSLATION_LANGUAGES,
  type NameTranslations,
} from '../../../core/sector-map/categories';
import { TEXT_LIMITS } from '../../../core/sector-map/limits';
import type { Actor, ActorInput } from '../../api/sectorMap';
import { errorText, fieldErrorOf } from '../../app/errors';
import { WORKSPACE_LANGUAGE_NAMES } from '../../i18n/languages';
import { isActorCategory, useSectorLabels } from './useSectorLabels';

const FIELDS = [
  'name',
  'acronym',
  'category',
  'parentId',
  'headcountWomen',
  'headcountTotal',
  'region',
] as const;

interface ActorFormProps {
  initial?: Actor;
  actors: Actor[];
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: ActorInput) => void;
  onCancel: () => void;
}

/** Actors that may become the parent: not the actor itself, nor anything under it (that would loop). */
function parentCandidates(actors: Actor[], self: Actor | undefined): Actor[] {
  if (!self) return actors;
  const below = new Set([self.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const actor of actors) {
      if (actor.parentId && below.has(actor.parentId) && !below.has(actor.id)) {
        below.add(actor.id);
        grew = true;
      }
    }
  }
  return actors.filter((actor) => !below.has(actor.id));
}

const count = (value: string | number) => (value === '' ? null : Number(value));

export function ActorForm({ initial, actors, submitLabel, busy, error, onSubmit, onCancel }: ActorFormProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const [name, setName] = useState(initial?.name ?? '');
  const [acronym, setAcronym] = useState(initial?.acronym ?? '');
  const [category, setCategory] = useState<string | null>(initial?.category ?? null);
  const [statutory, setStatutory] = useState<boolean | null>(initial?.statutory ?? null);
  const [level, setLevel] = useState<ActorLevel>(initial?.level ?? 'national');
  const [region, setRegion] = useState(initial?.region ?? '');
  const [parentId, setParentId] = useState<string | null>(initial?.parentId ?? null);
  const [legalBasis, setLegalBasis] = useState(initial?.legalBasis ?? '');
  const [mandate, setMandate] = useState(initial?.mandate ?? '');
  const [headcountTotal, setHeadcountTotal] = useState<string | number>(initial?.headcountTotal ?? '');
  const [headcountWomen, setHeadcountWomen] = useState<string | number>(initial?.headcountWomen ?? '');
  const [translations, setTranslations] = useState<NameTranslations>(initial?.nameTranslations ?? {});
  const [missing, setMissing] = useState({ name: false, category: false });
  const serverField = fieldErrorOf(error, FIELDS);
  const serverError = (field: (typeof FIELDS)[number]) =>
    serverField?.field === field ? serverField.message : undefined;
  // Until the user decides, statutory follows the category (state bodies yes, militias and NGOs no).
  const statutoryValue = statutory ?? (isActorCategory(category) ? defaultStatutory(category) : true);

  function submit(event: FormEvent) {
    event.preventDefault();
    const nowMissing = { name: name.trim() === '', category: !isActorCategory(category) };
    setMissing(nowMissing);
    if (nowMissing.name || !isActorCategory(category)) return;
    onSubmit({
      name: name.trim(),
      acronym: acronym.trim() || null,
      category,
      statutory: statutoryValue,
      level,
      region: region.trim() || null,
      parentId,
      legalBasis: legalBasis.trim() || null,
      mandate: mandate.trim() || null,
      headcountTotal: count(headcountTotal),
      headcountWomen: count(headcountWomen),
      nameTranslations: Object.fromEntries(
        Object.entries(translations).map(([language, text]) => [language, text?.trim() ?? '']),
      ),
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="actor-form">
      <Stack gap="sm">
        {Boolean(error) && !serverField && (
          <Alert color="red" role="alert">
            {errorText(error, t)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('map.actor.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={missing.name ? t('common.required') : serverError('name')}
            maxLength={TEXT_LIMITS.name}
            required
          />
          <TextInput
            label={t('map.actor.acronym')}
            value={acronym}
            onChange={(event) => setAcronym(event.currentTarget.value)}
            error={serverError('acronym')}
            maxLength={TEXT_LIMITS.acronym}
          />
          <Select
            label={t('map.actor.category')}
            data={labels.categoryOptions()}
            value={category}
            onChange={setCategory}
            error={missing.category ? t('common.required') : serverError('category')}
            searchable
            nothingFoundMessage={t('common.noMatch')}
            required
          />
          <Select
            label={t('map.actor.parent')}
            description={t('map.actor.parentHelp')}
            data={parentCandidates(actors, initial).map((actor) => ({
              value: actor.id,
              label: labels.actorName(actor),
            }))}
            value={parentId}
            onChange={setParentId}
            error={serverError('parentId')}
            placeholder={t('map.actor.noParent')}
            searchable
            clearable
            nothingFoundMessage={t('common.noMatch')}
          />
          <Select
            label={t('map.actor.level')}
            data={ACTOR_LEVELS.map((value) => ({ value, label: labels.level(value) }))}
            value={level}
            onChange={(value) => value && setLevel(value as ActorLevel)}
            allowDeselect={false}
          />
          <TextInput
            label={t('map.actor.region')}
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
            error={serverError('region')}
            maxLength={TEXT_LIMITS.region}
          />
          <NumberInput
            label={t('map.actor.headcountTotal')}
            value={headcountTotal}
            onChange={setHeadcountTotal}
            error={serverError('headcountTotal')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=" "
          />
          <NumberInput
            label={t('map.actor.headcountWomen')}
            value={headcountWomen}
            onChange={setHeadcountWomen}
            error={serverError('headcountWomen')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator=" "
          />
        </SimpleGrid>
        <Switch
          label={t('map.actor.statutory')}
          description={t('map.actor.statutoryHelp')}
          checked={statutoryValue}
          onChange={(event) => setStatutory(event.currentTarget.checked)}
        />
        <Textarea
          label={t('map.actor.legalBasis')}
          value={legalBasis}
          onChange={(event) => setLegalBasis(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={TEXT_LIMITS.legalBasis}
        />
        <Textarea
          label={t('map.actor.mandate')}
          value={mandate}
          onChange={(event) => setMandate(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={TEXT_LIMITS.mandate}
        />
        <Fieldset legend={t('map.actor.translations')} variant="filled">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {NAME_TRANSLATION_LANGUAGES.map((language) => (
              <TextInput
                key={language}
                label={t('map.actor.nameIn', { language: WORKSPACE_LANGUAGE_NAMES[language] })}
                lang={language}
                dir={language === 'ar' ? 'rtl' : 'ltr'}
                value={translations[language] ?? ''}
                onChange={(event) => {
                  const text = event.currentTarget.value;
                  setTranslations((current) => ({ ...current, [language]: text }));
                }}
                maxLength={TEXT_LIMITS.name}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
