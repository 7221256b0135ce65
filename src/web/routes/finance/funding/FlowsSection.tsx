import { Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_KINDS } from '../../../../core/finance/codes';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery } from '../../assess/assessQueries';
import { useErrorText } from '../../assess/useErrorText';
import { financeKeys, formatMoney, useInvalidateFinance } from '../financeQueries';
import { FlowForm } from './FlowForm';
import { FlowsTable } from './FlowsTable';
import { FlowTotals } from './FlowTotals';
import { type Flow, type FlowFilter, type Funder, fundingApi, type NewFlow } from './fundingApi';

const ALL = '';

/** The flows the reader may see, filtered by funder, kind and fiscal year, with their totals. */
export function FlowsSection(props: {
  slug: string;
  currency: string | null;
  reportingCurrency: string;
  funders: Funder[];
  canWrite: boolean;
}) {
  const { slug } = props;
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const errorMessage = useErrorText();
  const invalidate = useInvalidateFinance(slug);
  const actors = useActorsQuery(slug);
  const [funderId, setFunderId] = useState(ALL);
  const [kind, setKind] = useState(ALL);
  const [year, setYear] = useState(ALL);
  const [years, setYears] = useState<number[]>([]);
  const [editing, setEditing] = useState<Flow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Flow | null>(null);
  const filter: FlowFilter = {
    funderId: funderId || null,
    kind: kind || null,
    year: year ? Number(year) : null,
    currency: props.currency,
  };
  const flows = useQuery({
    queryKey: [...financeKeys.all(slug), 'funding', 'flows', filter],
    queryFn: () => fundingApi.flows(slug, filter),
    placeholderData: keepPreviousData,
  });
  // the fiscal years offered are those seen in any answer
  useEffect(() => {
    const seen = flows.data?.flows.map((flow) => flow.fiscalYear) ?? [];
    setYears((known) => {
      const merged = [...new Set([...known, ...seen])].sort((a, b) => b - a);
      return merged.length === known.length ? known : merged;
    });
  }, [flows.data]);

  const save = useMutation({
    mutationFn: (input: NewFlow) => {
      if (editing && editing !== 'new')
        // an imported flow changes only the plan item it funds
        return fundingApi.updateFlow(
          slug,
          editing.id,
          editing.iatiActivityId ? { planItemId: input.planItemId } : input,
        );
      return fundingApi.createFlow(slug, input);
    },
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('flows.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (flow: Flow) => fundingApi.deleteFlow(slug, flow.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('flows.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (flows.isPending) return <PageLoader />;
  if (flows.isError) return <ErrorAlert error={flows.error} />;
  const writableFunders = props.funders.filter((funder) => funder.flowsVisible);
  const actorOptions = (actors.data?.actors ?? []).map((actor) => ({ id: actor.id, name: actor.name }));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('flows.title')}
        </Title>
        {props.canWrite && writableFunders.length > 0 && (
          <Button
            onClick={() => {
              save.reset();
              setEditing('new');
            }}
          >
            {t('flows.add')}
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('flows.funder')}
          data={[
            { value: ALL, label: t('flows.allFunders') },
            ...writableFunders.map((funder) => ({ value: funder.id, label: funder.name })),
          ]}
          value={funderId}
          onChange={(value) => setFunderId(value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          label={t('flows.kind')}
          data={[
            { value: ALL, label: t('flows.allKinds') },
            ...FLOW_KINDS.map((code) => ({ value: code, label: tFinance(`flowKind.${code}`) })),
          ]}
          value={kind}
          onChange={(value) => setKind(value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', xs: 180 }}
        />
        <Select
          label={t('flows.year')}
          data={[{ value: ALL, label: t('flows.allYears') }, ...years.map(String)]}
          value={year}
          onChange={(value) => setYear(value ?? ALL)}
          allowDeselect={false}
          w={{ base: '100%', xs: 140 }}
        />
      </Group>
      <FlowTotals totals={flows.data.totals} intoFunds={flows.data.intoFunds} />
      {flows.data.flows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.canWrite ? t('flows.emptyWriter') : t('flows.emptyReader')}
        </Text>
      ) : (
        <FlowsTable
          flows={flows.data.flows}
          currency={flows.data.currency}
          canEdit={() => props.canWrite}
          onEdit={(flow) => {
            save.reset();
            setEditing(flow);
          }}
          onDelete={setDeleting}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('flows.add') : t('flows.edit')}
        size="lg"
      >
        {editing !== null && (
          <FlowForm
            slug={slug}
            flow={editing === 'new' ? null : editing}
            funders={writableFunders}
            actors={actorOptions}
            defaultCurrency={props.reportingCurrency}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('flows.delete')}
        message={t('flows.deleteMessage', {
          amount: deleting ? formatMoney(deleting.amount, deleting.currency) : '',
          funder: deleting?.funderName ?? '',
        })}
        confirmLabel={t('flows.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
