import {
  Accordion,
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATES_CSV_COLUMNS } from '../../../../core/finance/rates-csv';
import { ConfirmModal } from '../../../app/ConfirmModal';
import { fieldErrorOf } from '../../../app/errors';
import { formatDate, formatNumber, todayIsoDate } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { WIDE_TABLE_SCROLL } from '../../../app/wideLayout';
import { useErrorText } from '../../assess/useErrorText';
import { FinanceImport } from '../FinanceImport';
import {
  type ExchangeRate,
  financeApi,
  useExchangeRatesQuery,
  useFinancePermissions,
  useInvalidateFinance,
} from '../financeQueries';

const FIELDS = ['fromCurrency', 'toCurrency', 'rateDate', 'rate'] as const;
const RATES_EXAMPLE = [
  ['EUR', 'USD', '2026-01-01', '1.09'],
  ['USD', 'XOF', '2026-01-01', '601.5'],
];

/** Rates by currency pair and date: each applies from its date until the next one of the pair. */
export function ExchangeRates({ reportingCurrency }: { reportingCurrency: string }) {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const { slug, canWriteFinance } = useFinancePermissions();
  const rates = useExchangeRatesQuery(slug);
  const invalidate = useInvalidateFinance(slug);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(reportingCurrency);
  const [rateDate, setRateDate] = useState(todayIsoDate());
  const [rate, setRate] = useState<string | number>('');
  const [deleting, setDeleting] = useState<ExchangeRate | null>(null);

  const add = useMutation({
    mutationFn: () =>
      financeApi.addRate(slug, { fromCurrency: from, toCurrency: to, rateDate, rate: Number(rate) }),
    onSuccess: async () => {
      setFrom('');
      setRate('');
      await invalidate();
      notifications.show({ color: 'green', message: t('rates.added') });
    },
  });
  const remove = useMutation({
    mutationFn: (entry: ExchangeRate) => financeApi.deleteRate(slug, entry.id),
    onSuccess: async () => {
      setDeleting(null);
      await invalidate();
      notifications.show({ color: 'green', message: t('rates.deleted') });
    },
    onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
  });
  const fieldError = fieldErrorOf(add.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && rateDate && rate !== '') add.mutate();
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('rates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rates.help')}
        </Text>
        {rates.isPending ? (
          <PageLoader />
        ) : rates.isError ? (
          <ErrorAlert error={rates.error} />
        ) : rates.data.rates.length === 0 ? (
          <Text size="sm">{t('rates.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={420} {...WIDE_TABLE_SCROLL}>
            <Table striped data-testid="exchange-rates">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('rates.pair')}</Table.Th>
                  <Table.Th>{t('rates.date')}</Table.Th>
                  <Table.Th ta="end">{t('rates.rate')}</Table.Th>
                  {canWriteFinance && <Table.Th>{tRoot('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rates.data.rates.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td dir="ltr">
                      1 {entry.fromCurrency} → {entry.toCurrency}
                    </Table.Td>
                    <Table.Td>{formatDate(entry.rateDate)}</Table.Td>
                    <Table.Td ta="end">{formatNumber(entry.rate)}</Table.Td>
                    {canWriteFinance && (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(entry)}
                        >
                          {tRoot('common.delete')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canWriteFinance && (
          <form onSubmit={submit} noValidate>
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('rates.from')}
                value={from}
                onChange={(event) => setFrom(event.currentTarget.value.toUpperCase())}
                maxLength={3}
                dir="ltr"
                w={90}
                required
                error={errorOf('fromCurrency')}
              />
              <TextInput
                label={t('rates.to')}
                value={to}
                onChange={(event) => setTo(event.currentTarget.value.toUpperCase())}
                maxLength={3}
                dir="ltr"
                w={90}
                required
                error={errorOf('toCurrency')}
              />
              <TextInput
                type="date"
                label={t('rates.date')}
                value={rateDate}
                onChange={(event) => setRateDate(event.currentTarget.value)}
                w={170}
                required
                error={errorOf('rateDate')}
              />
              <NumberInput
                label={t('rates.rate')}
                value={rate}
                onChange={setRate}
                min={0}
                decimalScale={8}
                w={150}
                required
                error={errorOf('rate')}
              />
              <Button type="submit" mt={25} loading={add.isPending} disabled={!from || !to || rate === ''}>
                {t('rates.add')}
              </Button>
            </Group>
            {add.error && !fieldError ? (
              <Alert color="red" mt="sm">
                {errorMessage(add.error)}
              </Alert>
            ) : null}
          </form>
        )}
        {canWriteFinance && (
          <Accordion variant="separated">
            <Accordion.Item value="import">
              <Accordion.Control>{t('rates.importTitle')}</Accordion.Control>
              <Accordion.Panel>
                <FinanceImport
                  columns={RATES_CSV_COLUMNS}
                  help={t('rates.importHelp')}
                  example={RATES_EXAMPLE}
                  exampleName="exchange-rates-example.csv"
                  upload={(file) => financeApi.importRates(slug, file)}
                  onImported={invalidate}
                />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        title={t('rates.delete')}
        message={t('rates.deleteMessage', {
          from: deleting?.fromCurrency ?? '',
          to: deleting?.toCurrency ?? '',
          date: deleting ? formatDate(deleting.rateDate) : '',
        })}
        confirmLabel={t('rates.delete')}
        busy={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Paper>
  );
}
