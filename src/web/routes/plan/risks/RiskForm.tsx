import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RiskCategory,
  type RiskStatus,
  riskRating,
  riskScore,
} from '../../../../core/planning/portfolio';
import type { PlanItem, Risk, RiskInput } from '../../../api/plans';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { itemTree } from '../portfolio/itemTree';
import { RATING_COLORS, usePlanLabels } from '../portfolio/usePlanLabels';
import { LEVELS } from './riskMatrix';

const FIELDS = [
  'title',
  'description',
  'category',
  'likelihood',
  'impact',
  'ownerActorId',
  'ownerName',
  'mitigation',
  'status',
  'itemIds',
] as const;

interface RiskFormProps {
  risk: Risk | null;
  items: PlanItem[];
  actors: { id: string; name: string }[];
  busy: boolean;
  error: unknown;
  onSubmit: (input: RiskInput) => void;
  onCancel: () => void;
}

/** A risk or spoiler: which SSR obstacle it is, how likely and how harmful, who owns it and what is done. */
export function RiskForm({ risk, items, actors, busy, error, onSubmit, onCancel }: RiskFormProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const [title, setTitle] = useState(risk?.title ?? '');
  const [description, setDescription] = useState(risk?.description ?? '');
  const [category, setCategory] = useState<RiskCategory | null>(risk?.category ?? null);
  const [likelihood, setLikelihood] = useState(risk?.likelihood ?? 3);
  const [impact, setImpact] = useState(risk?.impact ?? 3);
  const [ownerMode, setOwnerMode] = useState<'actor' | 'name'>(
    risk?.ownerName && !risk.ownerActorId ? 'name' : 'actor',
  );
  const [ownerActorId, setOwnerActorId] = useState<string | null>(risk?.ownerActorId ?? null);
  const [ownerName, setOwnerName] = useState(risk?.ownerName ?? '');
  const [mitigation, setMitigation] = useState(risk?.mitigation ?? '');
  const [status, setStatus] = useState<RiskStatus>(risk?.status ?? 'open');
  const [itemIds, setItemIds] = useState<string[]>(risk?.itemIds ?? []);
  const [missing, setMissing] = useState<Set<string>>(new Set());

  const fieldError = fieldErrorOf(error, FIELDS);
  const errorFor = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : missing.has(field) ? t('form.required') : undefined;
  const score = riskScore(likelihood, impact);
  const rating = riskRating(score);
  const levelOptions = LEVELS.map((level) => ({ value: String(level), label: labels.number(level) }));
  const itemOptions = itemTree(items).map(({ item }) => ({
    value: item.id,
    label: `${item.code} · ${item.name}`,
  }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const absent = new Set<string>();
    if (title.trim() === '') absent.add('title');
    if (category === null) absent.add('category');
    setMissing(absent);
    if (absent.size > 0 || category === null) return;
    onSubmit({
      title: title.trim(),
      description: description.trim() || null,
      category,
      likelihood,
      impact,
      ownerActorId: ownerMode === 'actor' ? ownerActorId : null,
      ownerName: ownerMode === 'name' ? ownerName.trim() || null : null,
      mitigation: mitigation.trim() || null,
      status,
      itemIds,
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="risk-form">
      <Stack gap="sm">
        <TextInput
          label={t('risks.riskTitle')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          maxLength={300}
          required
          error={errorFor('title')}
          data-testid="risk-title"
        />
        <Textarea
          label={t('risks.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
          error={errorFor('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('risks.category')}
            description={t('risks.categoryHelp')}
            data={labels.categoryOptions()}
            value={category}
            onChange={(value) => setCategory(value as RiskCategory | null)}
            required
            error={errorFor('category')}
            data-testid="risk-category"
          />
          <Select
            label={t('risks.status')}
            data={labels.riskStatusOptions()}
            value={status}
            onChange={(value) => value && setStatus(value as RiskStatus)}
            allowDeselect={false}
            error={errorFor('status')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="risk-likelihood-label">
              {t('risks.likelihood')}
            </Text>
            <SegmentedControl
              aria-labelledby="risk-likelihood-label"
              data={levelOptions}
              value={String(likelihood)}
              onChange={(value) => setLikelihood(Number(value))}
              fullWidth
            />
            <Text size="xs" c="dimmed">
              {t('risks.likelihoodHelp')}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="risk-impact-label">
              {t('risks.impact')}
            </Text>
            <SegmentedControl
              aria-labelledby="risk-impact-label"
              data={levelOptions}
              value={String(impact)}
              onChange={(value) => setImpact(Number(value))}
              fullWidth
            />
            <Text size="xs" c="dimmed">
              {t('risks.impactHelp')}
            </Text>
          </Stack>
        </SimpleGrid>
        <Group gap="xs">
          <Text size="sm">{t('risks.scoreIs')}</Text>
          <Badge color={RATING_COLORS[rating]} variant="filled" data-testid="risk-score-preview">
            {labels.number(score)} · {labels.rating(rating)}
          </Badge>
        </Group>
        <Stack gap={4}>
          <Group justify="space-between" align="flex-end">
            <Text size="sm" fw={500}>
              {t('risks.owner')}
            </Text>
            <SegmentedControl
              size="xs"
              value={ownerMode}
              onChange={(value) => setOwnerMode(value as 'actor' | 'name')}
              data={[
                { value: 'actor', label: t('risks.ownerActor') },
                { value: 'name', label: t('risks.ownerPerson') },
              ]}
            />
          </Group>
          {ownerMode === 'actor' ? (
            <Select
              aria-label={t('risks.ownerActor')}
              data={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
              value={ownerActorId}
              onChange={setOwnerActorId}
              searchable
              clearable
              placeholder={t('item.choose')}
              nothingFoundMessage={t('item.noActors')}
              error={errorFor('ownerActorId')}
            />
          ) : (
            <TextInput
              aria-label={t('risks.ownerPerson')}
              placeholder={t('risks.ownerPersonPlaceholder')}
              value={ownerName}
              onChange={(event) => setOwnerName(event.currentTarget.value)}
              maxLength={200}
              error={errorFor('ownerName')}
            />
          )}
        </Stack>
        <Textarea
          label={t('risks.mitigation')}
          value={mitigation}
          onChange={(event) => setMitigation(event.currentTarget.value)}
          autosize
          minRows={2}
          maxRows={6}
          error={errorFor('mitigation')}
        />
        <MultiSelect
          label={t('risks.linkedItems')}
          description={t('risks.linkedItemsHelp')}
          data={itemOptions}
          value={itemIds}
          onChange={setItemIds}
          searchable
          clearable
          nothingFoundMessage={t('risks.noItems')}
          error={errorFor('itemIds')}
        />
        {Boolean(error) && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="risk-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
