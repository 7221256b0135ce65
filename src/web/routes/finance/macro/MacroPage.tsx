import { Accordion, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MACRO_CSV_COLUMNS } from '../../../../core/finance/macro-csv';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { formatNumber } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { STICKY_FIRST_CELL, WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { FinanceImport } from '../FinanceImport';
import {
  financeKeys,
  formatMoney,
  useFinancePermissions,
  useFinanceSettingsQuery,
  useInvalidateFinance,
} from '../financeQueries';
import { MacroYearForm } from './MacroYearForm';
import { type MacroFigures, type MacroYear, macroApi, shareOf } from './macroApi';

const MACRO_EXAMPLE = [
  ['2025', '15000000000', '2400000000', '2900000000'],
  ['2026', '15800000000', '2550000000', '3050000000'],
];

/** GDP, government revenue and expenditure by fiscal year: the context security spending is read against. */
export function MacroPage() {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const { slug, canWriteFinance } = useFinancePermissions();
  const settings = useFinanceSettingsQuery(slug);
  const years = useQuery({ queryKey: financeKeys.macro(slug), queryFn: () => macroApi.list(slug) });
  const invalidate = useInvalidateFinance(slug);
  const narrow = useMediaQuery('(max-width: 48em)');
  const [editing, setEditing] = useState<MacroYear | 'new' | null>(null);
  const [deleting, setDeleting] = useState<MacroYear | null>(null);

  const save = useMutation({
    mutationFn: ({ fiscalYear, figures }: { fiscalYear: number; figures: MacroFigures }) =>
      macroApi.put(slug, fiscalYear, figures),
    onSuccess: async () => {
      setEditing(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('macro.saved') });
    },
  });
  const remove = useMutation({
    mutationFn: (year: MacroYear) => macroApi.remove(slug, year.fiscalYear),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('macro.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });

  if (years.isPending) return <PageLoader />;
  if (years.isError) return <ErrorAlert error={years.error} />;
  const currency = settings.data?.reportingCurrency ?? 'USD';
  const money = (value: number | null) => (value === null ? '—' : formatMoney(value, currency));
  const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value)} %`);
  const openEditor = (year: MacroYear | 'new') => {
    save.reset();
    setEditing(year);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('macro.intro', { currency })}
        </Text>
        {canWriteFinance && <Button onClick={() => openEditor('new')}>{t('macro.add')}</Button>}
      </Group>
      {years.data.length === 0 ? (
        <Stack gap={4} py="md">
          <Title order={2} size="h4">
            {t('macro.emptyTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {canWriteFinance ? t('macro.emptyWriter') : t('macro.emptyReader')}
          </Text>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={760} {...WIDE_TABLE_SCROLL}>
          <Table striped data-testid="macro-years">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={STICKY_FIRST_CELL}>{t('macro.fiscalYear')}</Table.Th>
                <Table.Th ta="end">{t('macro.gdp')}</Table.Th>
                <Table.Th ta="end">{t('macro.revenue')}</Table.Th>
                <Table.Th ta="end">{t('macro.expenditure')}</Table.Th>
                <Table.Th ta="end">{t('macro.revenueShare')}</Table.Th>
                <Table.Th ta="end">{t('macro.expenditureShare')}</Table.Th>
                {canWriteFinance && <Table.Th>{tRoot('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...years.data].reverse().map((year) => (
                <Table.Tr key={year.fiscalYear}>
                  <Table.Td style={STICKY_FIRST_CELL}>{year.fiscalYear}</Table.Td>
                  <Table.Td ta="end">{money(year.gdp)}</Table.Td>
                  <Table.Td ta="end">{money(year.revenue)}</Table.Td>
                  <Table.Td ta="end">{money(year.expenditure)}</Table.Td>
                  <Table.Td ta="end">{percent(shareOf(year.revenue, year.gdp))}</Table.Td>
                  <Table.Td ta="end">{percent(shareOf(year.expenditure, year.gdp))}</Table.Td>
                  {canWriteFinance && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => openEditor(year)}>
                          {tRoot('common.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(year)}
                        >
                          {tRoot('common.delete')}
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
      {canWriteFinance && (
        <Accordion variant="separated">
          <Accordion.Item value="import">
            <Accordion.Control>{t('macro.importTitle')}</Accordion.Control>
            <Accordion.Panel>
              <FinanceImport
                columns={MACRO_CSV_COLUMNS}
                help={t('macro.importHelp')}
                example={MACRO_EXAMPLE}
                exampleName="macro-example.csv"
                upload={(file) => macroApi.importFile(slug, file)}
                onImported={invalidate}
              />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('macro.add') : t('macro.edit', { year: editing?.fiscalYear })}
        size="lg"
        fullScreen={narrow}
      >
        {editing !== null && (
          <MacroYearForm
            year={editing === 'new' ? null : editing}
            currency={currency}
            takenYears={years.data.map((year) => year.fiscalYear)}
            busy={save.isPending}
            error={save.error}
            onSubmit={(fiscalYear, figures) => save.mutate({ fiscalYear, figures })}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('macro.delete')}
        message={t('macro.deleteMessage', { year: deleting?.fiscalYear })}
        confirmLabel={t('macro.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
