import { Badge, Box, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemKind } from '../../../../core/planning/portfolio';
import type { PlanItem } from '../../../api/plans';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { ReviewBadge } from '../../monitoring/review/ReviewBadge';
import type { ReviewFlag } from '../../monitoring/review/reviewQueries';
import { itemSpans, itemTree, spanMonths } from './itemTree';
import { usePlanLabels } from './usePlanLabels';

interface ItemTableProps {
  items: PlanItem[];
  startMonth: string;
  actorNames: Map<string, string>;
  canWrite: boolean;
  onOpen: (item: PlanItem) => void;
  onAddChild: (parent: PlanItem, kind: ItemKind) => void;
  onDelete: (item: PlanItem) => void;
  /** Open review flags by item id, for the "Review" badge (items linked to off-track indicators). */
  review?: { slug: string; flags: Map<string, ReviewFlag[]> };
}

const KIND_COLORS: Record<ItemKind, string> = {
  programme: 'indigo.7',
  project: 'cyan.8',
  activity: 'dimmed',
};
const CHILD_KIND: Record<ItemKind, ItemKind | null> = {
  programme: 'project',
  project: 'activity',
  activity: null,
};

/** The portfolio as an indented table: programmes, their projects, then the activities that are scheduled. */
export function ItemTable({
  items,
  startMonth,
  actorNames,
  canWrite,
  onOpen,
  onAddChild,
  onDelete,
  review,
}: ItemTableProps) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const rows = itemTree(items);
  const spans = itemSpans(items);

  const spanText = (item: PlanItem) => {
    const months = spanMonths(startMonth, spans.get(item.id));
    if (!months)
      return item.kind === 'activity' ? (
        <Text span size="sm" c="dimmed">
          {t('item.unscheduled')}
        </Text>
      ) : (
        '—'
      );
    const first = labels.yearMonth(months.first);
    return months.first === months.last ? first : `${first} – ${labels.yearMonth(months.last)}`;
  };

  return (
    <Table.ScrollContainer minWidth={960} {...WIDE_TABLE_SCROLL}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="portfolio-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY_FIRST_CELL}>{t('item.name')}</Table.Th>
            <Table.Th>{t('item.lead')}</Table.Th>
            <Table.Th>{t('item.durationShort')}</Table.Th>
            <Table.Th>{t('item.span')}</Table.Th>
            <Table.Th>{t('item.weightShort')}</Table.Th>
            <Table.Th>{t('item.quickImpactShort')}</Table.Th>
            <Table.Th>{t('item.needsShort')}</Table.Th>
            <Table.Th>{t('form.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item, depth }) => {
            const childKind = CHILD_KIND[item.kind];
            return (
              <Table.Tr key={item.id} data-testid="item-row" data-kind={item.kind}>
                <Table.Td style={{ ...STICKY_FIRST_CELL, minWidth: 200 }}>
                  <Box style={{ paddingInlineStart: depth * 14 }}>
                    <Text size="sm" fw={item.kind === 'activity' ? 400 : 600}>
                      <Text span size="sm" c="dimmed" fw={item.kind === 'activity' ? 400 : 700}>
                        <bdi>{item.code}</bdi>
                      </Text>{' '}
                      <bdi>{item.name}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.kind !== 'activity' && (
                        <Text span size="xs" c={KIND_COLORS[item.kind]} tt="uppercase" fw={600}>
                          {labels.kind(item.kind)}
                          {' · '}
                        </Text>
                      )}
                      <span title={t('item.phase')}>{labels.phase(item.phase)}</span>
                    </Text>
                    {item.recurrentCost !== null && item.recurrentCurrency && (
                      <RecurrentCostBadge amount={item.recurrentCost} currency={item.recurrentCurrency} />
                    )}
                    {review && <ReviewBadge slug={review.slug} flags={review.flags.get(item.id)} />}
                  </Box>
                </Table.Td>
                <Table.Td miw={140} maw={220}>
                  <Text size="sm" lineClamp={2}>
                    {item.leadActorId ? (actorNames.get(item.leadActorId) ?? '—') : '—'}
                  </Text>
                  {item.partnerActorIds.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('item.partnersCount', { count: item.partnerActorIds.length })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {item.kind !== 'activity' ? (
                    '—'
                  ) : item.duration === 0 ? (
                    <Badge size="sm" variant="outline" styles={WHOLE_BADGE_STYLES}>
                      {t('item.milestone')}
                    </Badge>
                  ) : (
                    <Text size="sm">{t('item.months', { count: item.duration ?? 0 })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {spanText(item)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.number(item.weight)}</Text>
                </Table.Td>
                <Table.Td>
                  {item.quickImpact ? (
                    <Badge size="sm" color="orange" variant="light" styles={WHOLE_BADGE_STYLES}>
                      {t('item.quickImpactShort')}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.number(item.needIds.length)}</Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => onOpen(item)}
                      aria-label={t(canWrite ? 'form.editNamed' : 'form.viewNamed', { name: item.code })}
                      data-testid="item-open"
                    >
                      {canWrite ? t('form.edit') : t('form.view')}
                    </Button>
                    {canWrite && childKind && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => onAddChild(item, childKind)}
                        aria-label={t(`item.addChildNamed.${childKind}`, { name: item.code })}
                      >
                        {t('item.addChild', { kind: labels.kind(childKind) })}
                      </Button>
                    )}
                    {canWrite && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onDelete(item)}
                        aria-label={t('form.deleteNamed', { name: item.code })}
                      >
                        {t('form.delete')}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The yearly cost an activity leaves behind, in short ("USD 1.2M a year"). */
function RecurrentCostBadge({ amount, currency }: { amount: number; currency: string }) {
  const { t, i18n } = useTranslation('portfolio');
  const formatted = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
  return (
    <Badge
      size="xs"
      variant="light"
      color="grape"
      mt={4}
      styles={WHOLE_BADGE_STYLES}
      title={t('item.finance.recurrentCostHelp')}
      data-testid="item-recurrent-badge"
    >
      {t('item.finance.badge', { amount: formatted })}
    </Badge>
  );
}
