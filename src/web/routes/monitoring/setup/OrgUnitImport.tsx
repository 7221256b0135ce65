import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { useErrorText } from '../../assess/useErrorText';
import { metadataApi, useInvalidateMonitoring } from './monitoringMetadataQueries';

interface RowProblem {
  row: number;
  field: string;
  message: string;
}

function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Partial<RowProblem>[]).filter(
    (d): d is RowProblem => typeof d.row === 'number' && typeof d.field === 'string',
  );
}

/** Org units from a CSV or XLSX file: all rows or none, every problem named by row and column. */
export function OrgUnitImport(props: { slug: string; onDone: () => void }) {
  const { t } = useTranslation(['monitoringSetup', 'translation']);
  const errorMessage = useErrorText();
  const invalidate = useInvalidateMonitoring(props.slug);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => metadataApi.importOrgUnits(props.slug, chosen),
    onSuccess: async (result) => {
      await invalidate();
      notifications.show({ color: 'green', message: t('import.done', result) });
      props.onDone();
    },
  });
  const problems = rowProblems(upload.error);

  return (
    <Stack gap="sm">
      <Text size="sm">{t('import.help')}</Text>
      <Text size="xs" c="dimmed" dir="ltr" ff="monospace">
        code,name,parent,actor,name_fr,name_ar,name_es,name_pt
      </Text>
      <FileInput
        label={t('import.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
      />
      {upload.error && (
        <Alert color="red" title={problems.length > 0 ? t('import.failed') : undefined}>
          {problems.length > 0 ? (
            <List size="sm" spacing={2}>
              {problems.slice(0, 50).map((p) => (
                <List.Item key={`${p.row}-${p.field}-${p.message}`}>
                  {t('import.rowError', { row: p.row, field: p.field, message: p.message })}
                </List.Item>
              ))}
            </List>
          ) : (
            errorMessage(upload.error)
          )}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onDone}>
          {t('translation:common.cancel')}
        </Button>
        <Button disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('import.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
