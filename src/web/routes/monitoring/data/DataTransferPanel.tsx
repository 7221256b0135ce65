import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePeriod } from '../../../../core/indicators/periods';
import { ApiError } from '../../../api/http';
import { ErrorAlert } from '../../../app/status';
import { localName, useDataElements, useOrgUnits } from '../setup/monitoringMetadataQueries';
import { dataValuesApi, type ExportFormat, importErrorsOf, templateCsv } from './dataValuesApi';

/** Import of a CSV, XLSX or dataValueSets file, with its errors by line; exports in the same columns. */
export function DataTransferPanel({ slug, canWrite }: { slug: string; canWrite: boolean }) {
  return (
    <Stack gap="lg">
      {canWrite && <ImportSection slug={slug} />}
      <ExportSection slug={slug} />
    </Stack>
  );
}

function ImportSection({ slug }: { slug: string }) {
  const { t } = useTranslation(['monitoringData']);
  const queryClient = useQueryClient();
  const elements = useDataElements(slug);
  const units = useOrgUnits(slug);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => dataValuesApi.importFile(slug, chosen),
    // analytics, dashboards, indicators and flags all read the values
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['monitoring', slug] }),
  });
  const refused =
    upload.error instanceof ApiError && upload.error.code === 'invalid_import'
      ? importErrorsOf(upload.error.details)
      : null;
  const template = useMemo(() => {
    const csv = templateCsv({
      dataElement: elements.data?.[0]?.code ?? 'DATA_ELEMENT',
      orgUnit: units.data?.[0]?.code ?? 'ORG_UNIT',
      period: String(new Date().getUTCFullYear()),
    });
    return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  }, [elements.data, units.data]);

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('import.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('import.intro')}{' '}
        <Anchor href={template} download="data-values-template.csv">
          {t('import.template')}
        </Anchor>
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('import.file')}
          placeholder={t('import.choose')}
          accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            upload.reset();
          }}
          clearable
          miw={260}
        />
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('import.submit')}
        </Button>
      </Group>
      {upload.data && (
        <Alert color="green" title={t('import.done')}>
          {t('import.summary', {
            imported: upload.data.imported,
            replaced: upload.data.replaced,
            dataElements: upload.data.dataElements,
            periods: upload.data.periods,
            orgUnits: upload.data.orgUnits,
          })}
        </Alert>
      )}
      {refused && (
        <Alert color="red" title={t('import.refused', { count: refused.total })}>
          <Table.ScrollContainer minWidth={420}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.line')}</Table.Th>
                  <Table.Th>{t('import.field')}</Table.Th>
                  <Table.Th>{t('import.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {refused.errors.map((error) => (
                  <Table.Tr key={`${error.line}-${error.field}-${error.message}`}>
                    <Table.Td>{error.line}</Table.Td>
                    <Table.Td>
                      <code>{error.field}</code>
                    </Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {refused.total > refused.errors.length && (
            <Text size="sm" mt="xs">
              {t('import.more', { count: refused.total - refused.errors.length })}
            </Text>
          )}
        </Alert>
      )}
      {upload.error && !refused && <ErrorAlert error={upload.error} />}
    </Stack>
  );
}

function ExportSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation(['monitoringData']);
  const elements = useDataElements(slug);
  const units = useOrgUnits(slug);
  const [dataElementId, setDataElementId] = useState<string | null>(null);
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [period, setPeriod] = useState('');
  const periodValid = period.trim() === '' || parsePeriod(period) !== null;
  const href = (format: ExportFormat) =>
    dataValuesApi.exportUrl(slug, format, { dataElementId, orgUnitId, period: period.trim() || null });
  const formats: [ExportFormat, string][] = [
    ['csv', 'data-values.csv'],
    ['xlsx', 'data-values.xlsx'],
    ['json', 'dataValueSets.json'],
  ];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('export.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('export.intro')}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('export.dataElement')}
          placeholder={t('export.all')}
          data={(elements.data ?? []).map((e) => ({ value: e.id, label: localName(e, i18n.language) }))}
          value={dataElementId}
          onChange={setDataElementId}
          searchable
          clearable
          miw={200}
        />
        <Select
          label={t('export.orgUnit')}
          placeholder={t('export.all')}
          data={(units.data ?? []).map((u) => ({
            value: u.id,
            label: `${localName(u, i18n.language)} (${u.code})`,
          }))}
          value={orgUnitId}
          onChange={setOrgUnitId}
          searchable
          clearable
          miw={200}
        />
        <TextInput
          label={t('export.period')}
          placeholder="2026, 2026Q1, 202603"
          value={period}
          onChange={(event) => setPeriod(event.currentTarget.value)}
          error={periodValid ? null : t('export.badPeriod')}
          w={160}
        />
      </Group>
      <Group gap="sm" wrap="wrap">
        {formats.map(([format, name]) => (
          <Button
            key={format}
            component="a"
            variant="default"
            href={periodValid ? href(format) : undefined}
            download={name}
            disabled={!periodValid}
          >
            {t(`export.${format}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
