import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../../app/errors';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { i18next } from '../../../i18n';
import { useErrorText } from '../../assess/useErrorText';
import {
  type FinanceSettings,
  financeApi,
  useFinancePermissions,
  useFinanceSettingsQuery,
  useInvalidateFinance,
} from '../financeQueries';
import { ExchangeRates } from './ExchangeRates';

const FIELDS = ['reportingCurrency', 'fiscalYearStartMonth'] as const;

/** Month names in the reader's language, January first. */
export function monthOptions() {
  const format = new Intl.DateTimeFormat(i18next.language || 'en', { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: format.format(new Date(Date.UTC(2025, index, 1))),
  }));
}

/** How the workspace counts money: reporting currency, fiscal-year start, and the exchange rates. */
export function FinanceSettingsPage() {
  const { slug } = useFinancePermissions();
  const settings = useFinanceSettingsQuery(slug);
  if (settings.isPending) return <PageLoader />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return (
    <Stack gap="lg">
      <SettingsForm key={settings.data.version} settings={settings.data} />
      <ExchangeRates reportingCurrency={settings.data.reportingCurrency} />
    </Stack>
  );
}

function SettingsForm({ settings }: { settings: FinanceSettings }) {
  const { t } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const { slug, canWriteFinance } = useFinancePermissions();
  const invalidate = useInvalidateFinance(slug);
  const [currency, setCurrency] = useState(settings.reportingCurrency);
  const [month, setMonth] = useState(String(settings.fiscalYearStartMonth));
  const save = useMutation({
    mutationFn: () =>
      financeApi.saveSettings(slug, {
        reportingCurrency: currency.trim(),
        fiscalYearStartMonth: Number(month),
      }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('settings.saved') });
    },
  });
  const fieldError = fieldErrorOf(save.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const changed = currency !== settings.reportingCurrency || month !== String(settings.fiscalYearStartMonth);

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('settings.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('settings.help')}
          </Text>
          <Group align="flex-start">
            <TextInput
              label={t('settings.reportingCurrency')}
              description={t('settings.currencyHelp')}
              value={currency}
              onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
              maxLength={3}
              dir="ltr"
              w={200}
              readOnly={!canWriteFinance}
              error={fieldError?.field === 'reportingCurrency' ? fieldError.message : null}
            />
            <Select
              label={t('settings.fiscalYearStart')}
              description={t('settings.fiscalYearHelp')}
              data={monthOptions()}
              value={month}
              onChange={(value) => value && setMonth(value)}
              allowDeselect={false}
              w={220}
              readOnly={!canWriteFinance}
            />
          </Group>
          {save.error && !fieldError ? <Alert color="red">{errorMessage(save.error)}</Alert> : null}
          {canWriteFinance && (
            <Group>
              <Button type="submit" loading={save.isPending} disabled={!changed}>
                {tRoot('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
