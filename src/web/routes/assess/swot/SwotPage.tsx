import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SWOT_KINDS, type SwotKind } from '../../../../core/assessment/swot';
import { assessApi, assessKeys } from '../../../api/assessments';
import type { Swot } from '../../../api/assessmentTypes';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useAssessPermissions } from '../useAssessPermissions';
import { SwotQuadrant } from './SwotQuadrant';

const LIST_OF: Record<SwotKind, keyof Swot> = {
  strength: 'strengths',
  weakness: 'weaknesses',
  opportunity: 'opportunities',
  threat: 'threats',
};

/** Strengths, weaknesses, opportunities and threats of one security-sector actor. */
export function SwotPage() {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const { slug, canWriteSwot } = useAssessPermissions();
  const queryClient = useQueryClient();
  const actors = useActorsQuery(slug);
  const [actorId, setActorId] = useState<string | null>(null);
  const swot = useQuery({
    queryKey: assessKeys.swot(slug, actorId ?? ''),
    queryFn: () => assessApi.getSwot(slug, actorId ?? ''),
    enabled: actorId !== null,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: assessKeys.swot(slug, actorId ?? '') });

  return (
    <Stack gap="sm">
      <Select
        label={t('swot.actor')}
        placeholder={t('swot.pickActor')}
        data={(actors.data?.actors ?? []).map((actor) => ({
          value: actor.id,
          label: actor.acronym ? `${labels.actorName(actor)} (${actor.acronym})` : labels.actorName(actor),
        }))}
        value={actorId}
        onChange={setActorId}
        searchable
        nothingFoundMessage={t('common.noMatch')}
        w={{ base: '100%', sm: 420 }}
        data-testid="swot-actor"
      />
      {actors.isError && <ErrorAlert error={actors.error} />}
      {actorId === null && <Text c="dimmed">{t('swot.help')}</Text>}
      {actorId !== null && swot.isPending && <PageLoader />}
      {swot.isError && <ErrorAlert error={swot.error} />}
      {actorId !== null && swot.data && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {SWOT_KINDS.map((kind) => (
            <SwotQuadrant
              key={kind}
              slug={slug}
              actorId={actorId}
              kind={kind}
              entries={swot.data[LIST_OF[kind]]}
              canWrite={canWriteSwot}
              onChanged={refresh}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
