import { Alert, Badge, Button, Grid, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NewRisk, type PlanItem, plansApi, type Risk, type RiskInput } from '../../../api/plans';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WHOLE_BADGE_STYLES, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { useInvalidatePlans, usePlanDetailQuery, usePlanPermissions } from '../planQueries';
import { compareCodes } from '../portfolio/itemTree';
import { useActorsQuery, useRisksQuery } from '../portfolio/portfolioQueries';
import { RATING_COLORS, usePlanLabels } from '../portfolio/usePlanLabels';
import { RiskForm } from './RiskForm';
import { RiskMatrix } from './RiskMatrix';
import { filterRisks } from './riskMatrix';

const STATUS_COLORS: Record<string, string> = { open: 'red', mitigating: 'yellow', closed: 'gray' };

/** The plan's risk register: risks and spoilers typed by the nine SSR obstacles, on a likelihood × impact matrix. */
export function RisksTab({ slug, planId }: { slug: string; planId: string }) {
  const { t } = useTranslation('portfolio');
  const labels = usePlanLabels();
  const errorMessage = useErrorText();
  const { canWriteRisks } = usePlanPermissions();
  const risks = useRisksQuery(slug, planId);
  const detail = usePlanDetailQuery(slug, planId);
  const actors = useActorsQuery(slug);
  const invalidate = useInvalidatePlans(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [cell, setCell] = useState<{ likelihood: number; impact: number } | null>(null);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Risk | null>(null);

  const save = useMutation({
    mutationFn: (input: RiskInput) =>
      editing && editing !== 'new'
        ? plansApi.updateRisk(slug, planId, editing.id, input)
        : plansApi.createRisk(slug, planId, input as NewRisk), // the form requires title, category and levels
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('risks.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (risk: Risk) => plansApi.removeRisk(slug, planId, risk.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('risks.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (risks.isPending || detail.isPending) return <PageLoader />;
  if (risks.isError) return <ErrorAlert error={risks.error} />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const items = detail.data.items;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const actorList = (actors.data?.actors ?? [])
    .map((actor) => ({ id: actor.id, name: labels.actorName(actor) }))
    .sort((a, b) => a.name.localeCompare(b.name, labels.lang));
  const actorNames = new Map(actorList.map((actor) => [actor.id, actor.name]));
  const all = risks.data.risks;
  // the matrix follows the category and status filters; the cell filter narrows the register only
  const inMatrix = filterRisks(all, { category, status, cell: null });
  const shown = filterRisks(all, { category, status, cell });
  const filtered = category !== null || status !== null || cell !== null;

  const owner = (risk: Risk) =>
    risk.ownerActorId ? (actorNames.get(risk.ownerActorId) ?? '—') : (risk.ownerName ?? '—');
  const linked = (risk: Risk) =>
    risk.itemIds
      .map((id) => itemsById.get(id))
      .filter((item): item is PlanItem => item !== undefined)
      .sort((a, b) => compareCodes(a.code, b.code));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4">
          {t('risks.title')}
        </Title>
        {canWriteRisks && (
          <Button
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
            data-testid="add-risk"
          >
            {t('risks.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('risks.help')}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Text fw={600} size="sm">
              {t('risks.matrix')}
            </Text>
            <RiskMatrix risks={inMatrix} selected={cell} onSelect={setCell} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Select
              label={t('risks.category')}
              data={labels.categoryOptions()}
              value={category}
              onChange={setCategory}
              placeholder={t('risks.anyCategory')}
              clearable
              data-testid="risk-filter-category"
            />
            <Select
              label={t('risks.status')}
              data={labels.riskStatusOptions()}
              value={status}
              onChange={setStatus}
              placeholder={t('risks.anyStatus')}
              clearable
              data-testid="risk-filter-status"
            />
            {cell && (
              <Alert color="blue" variant="light" p="xs">
                <Group justify="space-between" gap="xs">
                  <Text size="sm">
                    {t('risks.cellFilter', { likelihood: cell.likelihood, impact: cell.impact })}
                  </Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => setCell(null)}>
                    {t('risks.clearCell')}
                  </Button>
                </Group>
              </Alert>
            )}
            {filtered && (
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {t('risks.showing', { shown: shown.length, count: all.length })}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => {
                    setCategory(null);
                    setStatus(null);
                    setCell(null);
                  }}
                >
                  {t('risks.clearFilters')}
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      {all.length === 0 ? (
        <Text c="dimmed" data-testid="risks-empty">
          {canWriteRisks ? t('risks.emptyWrite') : t('risks.empty')}
        </Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('risks.noneMatch')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={canWriteRisks ? 980 : 880} {...WIDE_TABLE_SCROLL}>
          <Table verticalSpacing="xs" striped data-testid="risk-register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('risks.riskTitle')}</Table.Th>
                <Table.Th>{t('risks.category')}</Table.Th>
                <Table.Th>{t('risks.likelihoodShort')}</Table.Th>
                <Table.Th>{t('risks.impactShort')}</Table.Th>
                <Table.Th>{t('risks.score')}</Table.Th>
                <Table.Th>{t('risks.owner')}</Table.Th>
                <Table.Th>{t('risks.status')}</Table.Th>
                <Table.Th>{t('risks.linkedShort')}</Table.Th>
                <Table.Th>{t('risks.mitigation')}</Table.Th>
                {canWriteRisks && <Table.Th>{t('form.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((risk) => (
                <Table.Tr key={risk.id} data-testid="risk-row">
                  <Table.Td style={{ ...STICKY_FIRST_CELL, minWidth: 160 }}>
                    <Text size="sm" fw={600}>
                      <bdi>{risk.title}</bdi>
                    </Text>
                    {risk.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {risk.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td maw={180}>
                    <Text size="sm">{labels.category(risk.category)}</Text>
                  </Table.Td>
                  <Table.Td>{labels.number(risk.likelihood)}</Table.Td>
                  <Table.Td>{labels.number(risk.impact)}</Table.Td>
                  <Table.Td>
                    <Badge color={RATING_COLORS[risk.rating]} variant="filled" styles={WHOLE_BADGE_STYLES}>
                      {labels.number(risk.score)} · {labels.rating(risk.rating)}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={180}>
                    <Text size="sm">{owner(risk)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[risk.status]} variant="light" styles={WHOLE_BADGE_STYLES}>
                      {labels.riskStatus(risk.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={160}>
                    {linked(risk).length === 0 ? (
                      '—'
                    ) : (
                      <Group gap={4}>
                        {linked(risk).map((item) => (
                          <Badge
                            key={item.id}
                            variant="outline"
                            size="sm"
                            title={item.name}
                            styles={WHOLE_BADGE_STYLES}
                          >
                            <bdi>{item.code}</bdi>
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm" lineClamp={3}>
                      {risk.mitigation ?? '—'}
                    </Text>
                  </Table.Td>
                  {canWriteRisks && (
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => {
                            save.reset();
                            setEditing(risk);
                          }}
                          aria-label={t('form.editNamed', { name: risk.title })}
                        >
                          {t('form.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(risk)}
                          aria-label={t('form.deleteNamed', { name: risk.title })}
                        >
                          {t('form.delete')}
                        </Button>
                      </Stack>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('risks.addTitle') : t('risks.editTitle')}
        size="lg"
        fullScreen={narrow}
      >
        {editing !== null && (
          <RiskForm
            key={editing === 'new' ? 'new' : editing.id}
            risk={editing === 'new' ? null : editing}
            items={items}
            actors={actorList}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('risks.deleteTitle')}
        message={t('risks.deleteMessage', { name: deleting?.title ?? '' })}
        confirmLabel={t('form.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
