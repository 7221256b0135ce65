import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../../app/RouterLinks';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { DecisionModal } from './DecisionModal';
import { FlagCard } from './FlagCard';
import { type ReviewFlag, useFlagsQuery, useReviewPermissions } from './reviewQueries';
import { ScenarioModal } from './ScenarioModal';

/** Off-track indicators up for review (open first), with their decisions and re-planning scenarios. */
export function ReviewPage() {
  const { t } = useTranslation(['monitoringReview']);
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const { canDecide, canOpenScenario } = useReviewPermissions();
  const open = useFlagsQuery(slug, { status: 'open' });
  const decided = useFlagsQuery(slug, { status: 'decided' });
  const [deciding, setDeciding] = useState<ReviewFlag | null>(null);
  const [replanning, setReplanning] = useState<ReviewFlag | null>(null);
  const [opened, setOpened] = useState<ReviewFlag | null>(null);

  if (open.isPending || decided.isPending) return <PageLoader />;
  if (open.isError) return <ErrorAlert error={open.error} />;
  if (decided.isError) return <ErrorAlert error={decided.error} />;
  const card = (flag: ReviewFlag) => (
    <FlagCard
      key={flag.id}
      slug={slug}
      flag={flag}
      canDecide={canDecide}
      canOpenScenario={canOpenScenario}
      onDecide={setDeciding}
      onScenario={setReplanning}
    />
  );
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('review.intro')}
      </Text>
      {opened?.scenario && (
        <Alert color="green" withCloseButton onClose={() => setOpened(null)} title={t('review.created')}>
          <RouterButton
            to="/w/$slug/plan/$planId"
            params={{ slug, planId: opened.scenario.id }}
            size="xs"
            variant="light"
          >
            {t('review.goToScenario')}
          </RouterButton>
        </Alert>
      )}
      <section aria-labelledby="review-open">
        <Title order={3} size="h4" id="review-open" mb="xs">
          {t('review.open')}
        </Title>
        <Stack gap="sm">
          {open.data.length === 0 ? <Text size="sm">{t('review.emptyOpen')}</Text> : open.data.map(card)}
        </Stack>
      </section>
      <section aria-labelledby="review-decided">
        <Title order={3} size="h4" id="review-decided" mb="xs">
          {t('review.decided')}
        </Title>
        <Stack gap="sm">
          {decided.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('review.emptyDecided')}
            </Text>
          ) : (
            decided.data.map(card)
          )}
        </Stack>
      </section>
      <DecisionModal slug={slug} flag={deciding} onClose={() => setDeciding(null)} />
      <ScenarioModal slug={slug} flag={replanning} onClose={() => setReplanning(null)} onOpened={setOpened} />
    </Stack>
  );
}
