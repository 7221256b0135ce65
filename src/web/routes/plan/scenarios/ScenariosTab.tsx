import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanSummary, plansApi } from '../../../api/plans';
import { fieldErrorOf } from '../../../app/errors';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans, usePlanDetailQuery, usePlanPermissions, usePlansQuery } from '../planQueries';
import { usePlanLabels } from '../portfolio/usePlanLabels';
import { ScenarioComparisonView } from './ScenarioComparisonView';

/** The address of a plan page, optionally on a tab. */
export const planHref = (slug: string, planId: string, tab?: string) =>
  `/w/${encodeURIComponent(slug)}/plan/${encodeURIComponent(planId)}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`;

/**
 * What-if scenarios: full copies of a base plan whose budgets, capacities or priorities are changed
 * ("EU leaves in 2028"), then compared with the base side by side.
 */
export function ScenariosTab({ slug, planId }: { slug: string; planId: string }) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const { canWrite } = usePlanPermissions();
  const navigate = useNavigate();
  const detail = usePlanDetailQuery(slug, planId);
  const plans = usePlansQuery(slug);
  const [creating, setCreating] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);

  if (detail.isPending || plans.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (plans.isError) return <ErrorAlert error={plans.error} />;
  const plan = detail.data.plan;
  const all = plans.data.plans;
  const baseId = plan.scenarioOf ?? plan.id;
  const base = all.find((candidate) => candidate.id === baseId) ?? null;
  const scenarios = all
    .filter((candidate) => candidate.scenarioOf === baseId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // on a scenario, compare it with its base by default; on a base, the first scenario
  const scenarioId =
    chosen && scenarios.some((scenario) => scenario.id === chosen)
      ? chosen
      : plan.scenarioOf
        ? plan.id
        : (scenarios[0]?.id ?? null);

  const finish = (summary: PlanSummary) =>
    summary.activityCount === 0
      ? '—'
      : labels.month(summary.startMonth, Math.max(0, summary.finishMonth - 1));

  const link = (target: PlanSummary, tab?: string) => (
    <Anchor
      href={planHref(slug, target.id, tab)}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void navigate({ href: planHref(slug, target.id, tab) });
      }}
    >
      <bdi>{target.name}</bdi>
    </Anchor>
  );

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={3} size="h4">
            {t('scenarios.title')}
          </Title>
          {canWrite && (
            <Button onClick={() => setCreating(true)} data-testid="new-scenario">
              {t('scenarios.new')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('scenarios.help')}
        </Text>
        {plan.scenarioOf && (
          <Alert color="blue" variant="light" data-testid="scenario-base">
            <Text size="sm">
              {t('scenarios.thisIsScenario')} {base ? link(base) : t('scenarios.baseMissing')}
            </Text>
            {plan.scenarioNote && (
              <Text size="sm" mt={4} c="dimmed">
                {plan.scenarioNote}
              </Text>
            )}
          </Alert>
        )}
        {scenarios.length === 0 ? (
          <Text c="dimmed" data-testid="scenarios-empty">
            {canWrite ? t('scenarios.emptyWrite') : t('scenarios.empty')}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="scenario-list">
            {scenarios.map((scenario) => (
              <Card key={scenario.id} withBorder padding="sm" data-testid="scenario-row">
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Group gap="xs">
                      {scenario.id === plan.id ? (
                        <Text fw={600}>
                          <bdi>{scenario.name}</bdi>
                        </Text>
                      ) : (
                        link(scenario, 'portfolio')
                      )}
                      {scenario.id === plan.id && (
                        <Badge size="sm" variant="light">
                          {t('scenarios.current')}
                        </Badge>
                      )}
                    </Group>
                    {scenario.scenarioNote && (
                      <Text size="sm" c="dimmed">
                        {scenario.scenarioNote}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('scenarios.summary', {
                        count: scenario.activityCount,
                        finish: finish(scenario),
                      })}
                    </Text>
                  </Stack>
                  <Button
                    size="compact-sm"
                    variant={scenario.id === scenarioId ? 'filled' : 'light'}
                    onClick={() => setChosen(scenario.id)}
                    aria-pressed={scenario.id === scenarioId}
                  >
                    {t('scenarios.compare')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      {scenarios.length > 0 && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={3} size="h4">
              {t('compare.title')}
            </Title>
            <Select
              label={t('compare.with')}
              data={scenarios.map((scenario) => ({ value: scenario.id, label: scenario.name }))}
              value={scenarioId}
              onChange={(value) => value && setChosen(value)}
              allowDeselect={false}
              w={{ base: '100%', xs: 280 }}
            />
          </Group>
          {scenarioId && <ScenarioComparisonView slug={slug} baseId={baseId} scenarioId={scenarioId} />}
        </Stack>
      )}
      <NewScenarioModal
        slug={slug}
        basePlanId={baseId}
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate({ href: planHref(slug, id, 'portfolio') });
        }}
      />
    </Stack>
  );
}

function NewScenarioModal(props: {
  slug: string;
  basePlanId: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (planId: string) => void;
}) {
  const { slug, basePlanId, opened, onClose, onCreated } = props;
  const { t } = useTranslation('portfolio');
  const errorMessage = useErrorText();
  const invalidate = useInvalidatePlans(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      plansApi.createScenario(slug, basePlanId, { name: name.trim(), note: note.trim() || null }),
    onSuccess: async ({ plan }) => {
      setName('');
      setNote('');
      await invalidate();
      onCreated(plan.id);
    },
  });
  const fieldError = fieldErrorOf(create.error, ['name', 'note'] as const);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') create.mutate();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('scenarios.newTitle')} fullScreen={narrow}>
      <form onSubmit={submit} noValidate data-testid="scenario-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('scenarios.newHelp')}
          </Text>
          {create.isError && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <TextInput
            label={t('scenarios.name')}
            placeholder={t('scenarios.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            required
            error={
              fieldError?.field === 'name' ? fieldError.message : missing ? t('form.required') : undefined
            }
            data-testid="scenario-name"
          />
          <Textarea
            label={t('scenarios.note')}
            placeholder={t('scenarios.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
            error={fieldError?.field === 'note' ? fieldError.message : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="scenario-create">
              {t('scenarios.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
