import {
  Alert,
  Badge,
  Button,
  Group,
  Input,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { fieldErrorOf } from '../../../app/errors';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useErrorText } from '../../assess/useErrorText';
import { localName, useInvalidateMonitoring, useOrgUnits } from '../setup/monitoringMetadataQueries';
import {
  type Disaggregation,
  indicatorsApi,
  type Target,
  type TargetInput,
  useTargetsQuery,
} from './indicatorQueries';

const FIELDS = ['kind', 'period', 'orgUnitId', 'disaggregation', 'value'] as const;
/** The total (no disaggregation) in the picker, whose options cannot be empty strings. */
const TOTAL = 'total';
type Kind = TargetInput['kind'];

/** "Sex: Female" for `SEX=F` in the reader's language; the total when empty. */
function useDisaggregationLabel(disaggregations: Disaggregation[]) {
  const { t, i18n } = useTranslation('monitoringIndicators');
  return (value: string) => {
    if (!value) return t('targets.total');
    const [categoryCode, optionCode] = value.split('=');
    const category = disaggregations.find((c) => c.code === categoryCode);
    const option = category?.options.find((o) => o.code === optionCode);
    return category && option
      ? `${localName(category, i18n.language)}: ${localName(option, i18n.language)}`
      : value;
  };
}

/** The indicator's baselines and targets by period, org unit and disaggregation, editable by configurers. */
export function TargetsEditor({
  slug,
  indicatorId,
  canEdit,
}: {
  slug: string;
  indicatorId: string;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation(['monitoringIndicators', 'translation']);
  const targets = useTargetsQuery(slug, indicatorId);
  const invalidate = useInvalidateMonitoring(slug);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const label = useDisaggregationLabel(targets.data?.disaggregations ?? []);
  const remove = useMutation({
    mutationFn: (target: Target) => indicatorsApi.removeTarget(slug, target.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
    },
  });

  if (targets.isPending) return <PageLoader />;
  if (targets.isError) return <ErrorAlert error={targets.error} />;
  const rows = targets.data.targets;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('targets.intro')}
        </Text>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('targets.add')}</Button>}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('targets.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('targets.kind')}</Table.Th>
                <Table.Th>{t('targets.period')}</Table.Th>
                <Table.Th>{t('targets.orgUnit')}</Table.Th>
                <Table.Th>{t('targets.disaggregation')}</Table.Th>
                <Table.Th style={{ textAlign: 'end' }}>{t('targets.value')}</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Badge variant="light" color={row.kind === 'baseline' ? 'gray' : 'blue'}>
                      {t(`targets.kinds.${row.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td dir="ltr">{row.period}</Table.Td>
                  <Table.Td>{localName(row.orgUnit, i18n.language)}</Table.Td>
                  <Table.Td>{label(row.disaggregation)}</Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>{formatNumber(row.value)}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(row)}>
                          {t('targets.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(row)}
                        >
                          {t('targets.delete')}
                        </Button>
                      </Group>
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
        title={editing === 'new' ? t('targets.add') : t('targets.edit')}
      >
        {editing !== null && (
          <TargetForm
            slug={slug}
            indicatorId={indicatorId}
            target={editing === 'new' ? null : editing}
            disaggregations={targets.data.disaggregations}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('targets.delete')}
        message={deleting ? t('targets.deleteConfirm', { period: deleting.period }) : ''}
        confirmLabel={t('targets.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

function TargetForm(props: {
  slug: string;
  indicatorId: string;
  target: Target | null;
  disaggregations: Disaggregation[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation(['monitoringIndicators', 'translation']);
  const errorMessage = useErrorText();
  const orgUnits = useOrgUnits(props.slug);
  const invalidate = useInvalidateMonitoring(props.slug);
  const label = useDisaggregationLabel(props.disaggregations);
  const { target } = props;
  const [kind, setKind] = useState<Kind>(target?.kind ?? 'target');
  const [period, setPeriod] = useState(target?.period ?? '');
  const [orgUnitId, setOrgUnitId] = useState<string | null>(target?.orgUnit.id ?? null);
  const [disaggregation, setDisaggregation] = useState(target?.disaggregation || TOTAL);
  const [value, setValue] = useState<number | string>(target?.value ?? '');
  const save = useMutation({
    mutationFn: (input: TargetInput) =>
      target
        ? indicatorsApi.updateTarget(props.slug, target.id, input)
        : indicatorsApi.createTarget(props.slug, props.indicatorId, input),
    onSuccess: async () => {
      await invalidate();
      props.onDone();
    },
  });
  const fieldError = fieldErrorOf(save.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const splits = [
    TOTAL,
    ...props.disaggregations.flatMap((c) => c.options.map((o) => `${c.code}=${o.code}`)),
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!period.trim() || !orgUnitId || value === '') return;
    save.mutate({
      kind,
      period: period.trim(),
      orgUnitId,
      disaggregation: disaggregation === TOTAL ? '' : disaggregation,
      value: Number(value),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Input.Wrapper label={t('targets.kind')}>
          <SegmentedControl
            fullWidth
            data={(['baseline', 'target'] as const).map((k) => ({
              value: k,
              label: t(`targets.kinds.${k}`),
            }))}
            value={kind}
            onChange={(next) => setKind(next as Kind)}
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('targets.period')}
            description={t('targets.periodHelp')}
            required
            dir="ltr"
            value={period}
            onChange={(event) => setPeriod(event.currentTarget.value)}
            error={errorOf('period')}
          />
          <NumberInput
            label={t('targets.value')}
            required
            value={value}
            onChange={setValue}
            error={errorOf('value')}
          />
        </SimpleGrid>
        <Select
          label={t('targets.orgUnit')}
          required
          data={(orgUnits.data ?? []).map((unit) => ({
            value: unit.id,
            label: localName(unit, i18n.language),
          }))}
          value={orgUnitId}
          onChange={setOrgUnitId}
          searchable
          error={errorOf('orgUnitId')}
        />
        <Select
          label={t('targets.disaggregation')}
          data={splits.map((split) => ({ value: split, label: label(split === TOTAL ? '' : split) }))}
          value={disaggregation}
          onChange={(next) => setDisaggregation(next ?? TOTAL)}
          allowDeselect={false}
          error={errorOf('disaggregation')}
        />
        {save.error && !fieldError && <Alert color="red">{errorMessage(save.error)}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('translation:common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
