import { Badge, Stack, Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../api/queries';
import { SCROLLING_TAB_LIST } from '../../../app/SectionTabs';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { useAssessmentQuery } from '../assessQueries';
import { ConsolidationPanel } from '../consolidation/ConsolidationPanel';
import { ResultsPanel } from '../results/ResultsPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { ScoringPanel } from '../scoring/ScoringPanel';
import { AssessmentHeader } from './AssessmentHeader';
import { ASSESSMENT_TABS, type AssessmentTab, isAssessmentTab } from './assessmentTabs';
import { standingOf } from './standing';

interface AssessmentPageProps {
  assessmentId: string;
  tab: AssessmentTab;
}

/** One assessment: its header and workflow, then scoring, peer review, consolidation and results. */
export function AssessmentPage({ assessmentId, tab }: AssessmentPageProps) {
  const { t } = useTranslation('assess');
  const { workspace, role } = useCurrentWorkspace();
  const slug = workspace.slug;
  const navigate = useNavigate();
  const me = useMe();
  const detail = useAssessmentQuery(slug, assessmentId);

  if (detail.isPending || me.isPending) return <PageLoader />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const userId = me.data.user.id;
  const standing = standingOf(detail.data, userId, role);
  const openComments = detail.data.reviewComments.filter((comment) => !comment.resolved).length;

  return (
    <Stack gap="md">
      <AssessmentHeader slug={slug} detail={detail.data} standing={standing} />
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isAssessmentTab(value))
            void navigate({
              to: '/w/$slug/assess/$assessmentId',
              params: { slug, assessmentId },
              search: { tab: value },
              replace: true,
            });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('page.tabsLabel')} style={SCROLLING_TAB_LIST} data-scroll-container="tabs">
          {ASSESSMENT_TABS.map((key) => (
            <Tabs.Tab
              key={key}
              value={key}
              data-testid={`assessment-tab-${key}`}
              rightSection={
                key === 'review' && openComments > 0 ? (
                  <Badge
                    size="xs"
                    color="orange"
                    circle
                    aria-label={t('review.openCount', { count: openComments })}
                  >
                    {openComments}
                  </Badge>
                ) : undefined
              }
            >
              {t(`page.tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="scoring" pt="md">
          <ScoringPanel slug={slug} detail={detail.data} userId={userId} standing={standing} />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <ReviewPanel slug={slug} detail={detail.data} standing={standing} />
        </Tabs.Panel>
        <Tabs.Panel value="consolidation" pt="md">
          <ConsolidationPanel slug={slug} detail={detail.data} />
        </Tabs.Panel>
        <Tabs.Panel value="results" pt="md">
          <ResultsPanel slug={slug} detail={detail.data} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
