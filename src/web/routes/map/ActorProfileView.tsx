import { Alert, Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActorProfile, ActorRef, RelationWithOther } from '../../api/sectorMap';
import { formatNumber } from '../../app/format';
import { RouterAnchor } from '../../app/RouterLinks';
import { ShownText } from '../../app/ShownText';
import { ErrorAlert, PageLoader } from '../../app/status';
import { ActorAssessments } from './ActorAssessments';
import { CategoryBadge, KindBadges } from './ActorBadges';
import { StatusBadge } from './RelationTable';
import { useActorProfileQuery } from './sectorMapQueries';
import { useSectorLabels } from './useSectorLabels';

interface ActorProfileViewProps {
  slug: string;
  actorId: string;
  /** The short form for the graph's side panel; the full form shows the mandate and legal basis. */
  compact?: boolean;
  /** Where a click on another actor goes: the graph selects it, otherwise its profile opens. */
  onSelectActor?: (actorId: string) => void;
}

function ActorLink({
  slug,
  actor,
  onSelect,
}: {
  slug: string;
  actor: ActorRef;
  onSelect?: (id: string) => void;
}) {
  const labels = useSectorLabels();
  const name = labels.actorName(actor);
  if (onSelect) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={() => onSelect(actor.id)}>
        {name}
      </Anchor>
    );
  }
  return (
    <RouterAnchor to="/w/$slug/map/actors/$actorId" params={{ slug, actorId: actor.id }} size="sm">
      {name}
    </RouterAnchor>
  );
}

function Relations({
  title,
  relations,
  ...link
}: {
  title: string;
  relations: RelationWithOther[];
  slug: string;
  onSelect?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {relations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('map.profile.noRelations')}
        </Text>
      ) : (
        <List spacing={4} size="sm" listStyleType="none" ps={0}>
          {relations.map((relation) => (
            <List.Item key={relation.id}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={600}>
                  {labels.relationType(relation.type)}
                  {relation.oversightKind && ` (${labels.oversightKind(relation.oversightKind)})`}
                </Text>
                <ActorLink actor={relation.other} {...link} />
                {relation.status !== 'active' && <StatusBadge status={relation.status} />}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function Oversight({
  profile,
  ...link
}: {
  profile: ActorProfile;
  slug: string;
  onSelect?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const oversight = profile.oversight;
  if (!oversight) return null;
  return (
    <Stack gap={6} data-testid="profile-oversight">
      <Title order={3} size="h5">
        {t('map.profile.oversight')}
      </Title>
      {oversight.missing.length > 0 ? (
        <Alert color="red" p="xs" title={t('map.gaps.missing')}>
          <KindBadges kinds={oversight.missing} tone="missing" />
        </Alert>
      ) : (
        <Text size="sm" c="green.8">
          {t('map.gaps.covered')}
        </Text>
      )}
      {oversight.weak.length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('map.gaps.weak')}</Text>
          <KindBadges kinds={oversight.weak} tone="weak" />
        </Group>
      )}
      {oversight.overseers.map((entry) => (
        <Group key={`${entry.kind}-${entry.overseer.id}-${entry.via.id}`} gap={6} wrap="wrap">
          <Text size="sm">{labels.oversightKind(entry.kind)}:</Text>
          <ActorLink actor={entry.overseer} {...link} />
          {entry.via.id !== profile.actor.id && (
            <Text size="xs" c="dimmed">
              {t('map.profile.via', { name: labels.actorName(entry.via) })}
            </Text>
          )}
          {entry.status !== 'active' && <StatusBadge status={entry.status} />}
        </Group>
      ))}
    </Stack>
  );
}

export function ActorProfileView({ slug, actorId, compact = false, onSelectActor }: ActorProfileViewProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const query = useActorProfileQuery(slug, actorId);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const profile = query.data;
  const { actor } = profile;
  const link = { slug, onSelect: onSelectActor };
  return (
    <Stack gap="sm" data-testid="actor-profile">
      <Stack gap={4}>
        <Title order={2} size={compact ? 'h4' : 'h3'}>
          <ShownText shown={labels.shownActorName(actor)} />
          {actor.acronym && ` (${actor.acronym})`}
        </Title>
        {labels.actorName(actor) !== actor.name && (
          <Text size="sm" c="dimmed">
            {actor.name}
          </Text>
        )}
        <Group gap="xs">
          <CategoryBadge category={actor.category} group={actor.group} />
          <Text size="sm" c="dimmed">
            {actor.statutory ? t('map.actor.isStatutory') : t('map.actor.nonStatutory')} ·{' '}
            {labels.level(actor.level)}
            {actor.region && ` · ${actor.region}`}
          </Text>
        </Group>
        {actor.headcountTotal !== null && (
          <Text size="sm">
            {actor.headcountWomen !== null
              ? t('map.profile.headcountWithWomen', {
                  total: formatNumber(actor.headcountTotal),
                  women: formatNumber(actor.headcountWomen),
                })
              : t('map.profile.headcount', { total: formatNumber(actor.headcountTotal) })}
          </Text>
        )}
        {profile.parent && (
          <Group gap={6}>
            <Text size="sm">{t('map.actor.parent')}:</Text>
            <ActorLink actor={profile.parent} {...link} />
          </Group>
        )}
        {profile.children.length > 0 && (
          <Group gap={6}>
            <Text size="sm">{t('map.profile.subUnits')}:</Text>
            {profile.children.map((child) => (
              <ActorLink key={child.id} actor={child} {...link} />
            ))}
          </Group>
        )}
      </Stack>
      {!compact && actor.legalBasis && (
        <Text size="sm">
          <Text span fw={600}>
            {t('map.actor.legalBasis')}:
          </Text>{' '}
          {actor.legalBasis}
        </Text>
      )}
      {!compact && actor.mandate && (
        <Text size="sm">
          <Text span fw={600}>
            {t('map.actor.mandate')}:
          </Text>{' '}
          {actor.mandate}
        </Text>
      )}
      <Oversight profile={profile} {...link} />
      <Relations title={t('map.profile.incoming')} relations={profile.incoming} {...link} />
      <Relations title={t('map.profile.outgoing')} relations={profile.outgoing} {...link} />
      <ActorAssessments slug={slug} actorId={actorId} />
      {compact && (
        <RouterAnchor to="/w/$slug/map/actors/$actorId" params={{ slug, actorId }} size="sm" fw={600}>
          {t('map.profile.openFull')}
        </RouterAnchor>
      )}
    </Stack>
  );
}
