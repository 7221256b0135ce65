import {
  Alert,
  Button,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, FrameworkSummary, NewAssessmentInput, Side } from '../../../api/assessmentTypes';
import type { Actor } from '../../../api/sectorMap';
import type { Member } from '../../../api/types';
import { fieldErrorOf } from '../../../app/errors';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';
import { completeRows, type TeamRow, TeamRowsField } from './TeamRowsField';

const FIELDS = ['title', 'frameworkId', 'scopeActorIds', 'leadSide', 'baselineId', 'team'] as const;
const DEFAULT_FRAMEWORK = 'ssg-ten-criteria';

interface NewAssessmentFormProps {
  frameworks: FrameworkSummary[];
  assessments: Assessment[];
  actors: Actor[];
  members: Member[];
  currentUserId: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewAssessmentInput) => void;
  onCancel: () => void;
}

type Problems = Partial<Record<'title' | 'frameworkId' | 'scopeActorIds' | 'team', string>>;

export function NewAssessmentForm(props: NewAssessmentFormProps) {
  const { frameworks, assessments, actors, members, currentUserId, busy, error } = props;
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const [title, setTitle] = useState('');
  const [frameworkId, setFrameworkId] = useState<string | null>(
    frameworks.find((framework) => framework.id === DEFAULT_FRAMEWORK)?.id ?? frameworks[0]?.id ?? null,
  );
  const [scope, setScope] = useState<'sector' | 'actors'>('sector');
  const [actorIds, setActorIds] = useState<string[]>([]);
  const [leadSide, setLeadSide] = useState<Side>('government');
  const [baselineId, setBaselineId] = useState<string | null>(null);
  const [team, setTeam] = useState<TeamRow[]>([
    { key: 0, userId: currentUserId, side: 'government', teamRole: 'lead' },
  ]);
  const [problems, setProblems] = useState<Problems>({});
  const serverField = fieldErrorOf(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) =>
    (problems as Record<string, string | undefined>)[field] ??
    (serverField?.field === field ? serverField.message : undefined);
  const baselines = assessments.filter(
    (assessment) => assessment.isBaseline && assessment.framework.id === frameworkId,
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const members = completeRows(team);
    const found: Problems = {};
    if (title.trim().length < 3) found.title = t('form.titleTooShort');
    if (!frameworkId) found.frameworkId = t('common.required');
    if (scope === 'actors' && actorIds.length === 0) found.scopeActorIds = t('form.pickActors');
    if (!members.some((member) => member.teamRole !== 'reviewer')) found.team = t('form.teamNeedsAssessor');
    setProblems(found);
    if (Object.keys(found).length > 0 || !frameworkId) return;
    props.onSubmit({
      title: title.trim(),
      frameworkId,
      scope,
      scopeActorIds: scope === 'actors' ? actorIds : undefined,
      leadSide,
      baselineId,
      team: members,
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="new-assessment-form">
      <Stack gap="sm">
        {Boolean(error) && !serverField && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <TextInput
          label={t('form.title')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={fieldError('title')}
          maxLength={200}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.framework')}
            data={frameworks.map((framework) => ({
              value: framework.id,
              label: labels.text(framework.name),
            }))}
            value={frameworkId}
            onChange={(value) => {
              setFrameworkId(value);
              setBaselineId(null);
            }}
            error={fieldError('frameworkId')}
            allowDeselect={false}
            required
          />
          <Select
            label={t('form.leadSide')}
            description={t('form.leadSideHelp')}
            data={labels.sideOptions()}
            value={leadSide}
            onChange={(value) => value && setLeadSide(value as Side)}
            error={fieldError('leadSide')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('form.scope')}
          value={scope}
          onChange={(value) => setScope(value === 'actors' ? 'actors' : 'sector')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="sector" label={t('scope.sector')} />
            <Radio value="actors" label={t('scope.actors')} />
          </Group>
        </Radio.Group>
        {scope === 'actors' && (
          <MultiSelect
            label={t('form.actors')}
            data={actors.map((actor) => ({
              value: actor.id,
              label: actor.acronym
                ? `${labels.actorName(actor)} (${actor.acronym})`
                : labels.actorName(actor),
            }))}
            value={actorIds}
            onChange={setActorIds}
            error={fieldError('scopeActorIds')}
            searchable
            nothingFoundMessage={t('common.noMatch')}
          />
        )}
        <Select
          label={t('form.baseline')}
          description={baselines.length ? t('form.baselineHelp') : t('form.noBaseline')}
          data={baselines.map((assessment) => ({ value: assessment.id, label: assessment.title }))}
          value={baselineId}
          onChange={setBaselineId}
          error={fieldError('baselineId')}
          disabled={baselines.length === 0}
          placeholder={t('form.none')}
          clearable
        />
        <TeamRowsField rows={team} members={members} error={fieldError('team')} onChange={setTeam} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
