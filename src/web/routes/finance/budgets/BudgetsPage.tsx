import { Accordion, Anchor, Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CSV_COLUMNS } from '../../../../core/finance/budget-csv';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useActorsQuery } from '../../assess/assessQueries';
import { useErrorText } from '../../assess/useErrorText';
import { FinanceImport } from '../FinanceImport';
import {
  financeKeys,
  useFinancePermissions,
  useFinanceSettingsQuery,
  useFundersQuery,
  useInvalidateFinance,
} from '../financeQueries';
import { BudgetLineForm } from './BudgetLineForm';
import { BudgetTable } from './BudgetTable';
import { type BudgetLine, budgetsApi, type NewBudgetLine } from './budgetsApi';
import { ConversionNote } from './ConversionNote';

const THIS_YEAR = new Date().getFullYear();
const BUDGET_EXAMPLE = [
  [
    String(THIS_YEAR),
    'National Police',
    '03.1',
    'personnel',
    'Salaries',
    'USD',
    '1200000',
    '',
    '',
    'domestic',
    'no',
    'no',
  ],
  [String(THIS_YEAR), '', '02.1', 'capital', 'Vehicles', 'USD', '350000', '', '', '', 'no', 'yes'],
];

/** Security-sector budget lines of one fiscal year: by institution, COFOG function and economic class. */
export function BudgetsPage() {
  const { t } = useTranslation('finance');
  const errorMessage = useErrorText();
  const { slug, canWriteFinance } = useFinancePermissions();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [editing, setEditing] = useState<BudgetLine | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BudgetLine | null>(null);
  const invalidate = useInvalidateFinance(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const settings = useFinanceSettingsQuery(slug);
  const actors = useActorsQuery(slug);
  const funders = useFundersQuery(slug);
  const year = chosenYear ?? THIS_YEAR;
  const lines = useQuery({
    queryKey: financeKeys.budgets(slug, year),
    queryFn: () => budgetsApi.list(slug, year),
    placeholderData: keepPreviousData,
  });
  const knownYears = lines.data?.years ?? [];
  // the years that have lines come with every answer: with none chosen, open on the latest if this one has none
  const latest = knownYears.at(-1);
  useEffect(() => {
    if (chosenYear === null && latest !== undefined && !knownYears.includes(THIS_YEAR)) setChosenYear(latest);
  }, [chosenYear, latest, knownYears]);

  const save = useMutation({
    mutationFn: (input: NewBudgetLine) =>
      editing && editing !== 'new'
        ? budgetsApi.update(slug, editing.id, input)
        : budgetsApi.create(slug, input),
    onSuccess: async ({ line }) => {
      setEditing(null);
      setChosenYear(line.fiscalYear);
      await invalidate();
      notifications.show({ color: 'green', message: t('budgets.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (line: BudgetLine) => budgetsApi.remove(slug, line.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('budgets.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (lines.isPending) return <PageLoader />;
  if (lines.isError) return <ErrorAlert error={lines.error} />;
  const yearOptions = [...new Set([...knownYears, year, THIS_YEAR])].sort((a, b) => b - a).map(String);
  const institutions = (actors.data?.actors ?? [])
    .map((actor) => ({ id: actor.id, name: actor.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const funderOptions = (funders.data?.funders ?? []).map((funder) => ({ id: funder.id, name: funder.name }));
  const openEditor = (line: BudgetLine | 'new') => {
    save.reset();
    setEditing(line);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('budgets.fiscalYear')}
          data={yearOptions}
          value={String(year)}
          onChange={(value) => value && setChosenYear(Number(value))}
          allowDeselect={false}
          w={140}
          data-testid="budget-year"
        />
        {canWriteFinance && <Button onClick={() => openEditor('new')}>{t('budgets.add')}</Button>}
      </Group>
      {lines.data.lines.length === 0 ? (
        <Stack gap={4} py="md">
          <Title order={2} size="h4">
            {t('budgets.emptyTitle', { year })}
          </Title>
          <Text size="sm" c="dimmed">
            {canWriteFinance ? t('budgets.emptyWriter') : t('budgets.emptyReader')}
          </Text>
        </Stack>
      ) : (
        <BudgetTable
          lines={lines.data.lines}
          total={lines.data.total}
          canWrite={canWriteFinance}
          onEdit={openEditor}
          onDelete={setDeleting}
        />
      )}
      {lines.data.lines.length > 0 && (
        <>
          <ConversionNote total={lines.data.total} />
          <Group gap="md">
            <Anchor href={budgetsApi.exportUrl(slug, year, 'csv')} size="sm">
              {t('budgets.exportCsv', { year })}
            </Anchor>
            <Anchor href={budgetsApi.exportUrl(slug, year, 'xlsx')} size="sm">
              {t('budgets.exportXlsx', { year })}
            </Anchor>
          </Group>
        </>
      )}
      {canWriteFinance && (
        <Accordion variant="separated">
          <Accordion.Item value="import">
            <Accordion.Control>{t('budgets.importTitle')}</Accordion.Control>
            <Accordion.Panel>
              <FinanceImport
                columns={BUDGET_CSV_COLUMNS}
                help={t('budgets.importHelp')}
                example={BUDGET_EXAMPLE}
                exampleName="budget-lines-example.csv"
                upload={(file) => budgetsApi.importFile(slug, file)}
                onImported={invalidate}
              />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('budgets.add') : t('budgets.editLine')}
        size="lg"
        fullScreen={narrow}
      >
        {editing !== null && (
          <BudgetLineForm
            line={editing === 'new' ? null : editing}
            year={year}
            defaultCurrency={settings.data?.reportingCurrency ?? 'USD'}
            institutions={institutions}
            funders={funderOptions}
            busy={save.isPending}
            error={save.error}
            onSubmit={(input) => save.mutate(input)}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('budgets.deleteLine')}
        message={t('budgets.deleteMessage', { year: deleting?.fiscalYear ?? year })}
        confirmLabel={t('budgets.deleteLine')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
