import { Alert, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { FileUploadForm } from '../../../app/FileUploadForm';
import { useErrorText } from '../../assess/useErrorText';
import { invalidateMoneyViews } from '../financeQueries';
import { IatiWarningList } from './IatiWarningList';
import { type IatiImportResult, iatiApi, warningKey } from './iatiApi';

interface FileErrorDetails {
  line: number;
  key: string;
  params: Record<string, string | number>;
}

const isFileError = (details: unknown): details is FileErrorDetails =>
  typeof details === 'object' && details !== null && 'line' in details && 'key' in details;

/** Upload of an IATI file, matched against a chosen plan; shows the counts and warnings, or why it was refused. */
export function IatiUpload(props: {
  slug: string;
  plans: { value: string; label: string }[];
  defaultPlanId: string | null;
}) {
  const { t } = useTranslation(['iati', 'iatiWarnings']);
  const errorMessage = useErrorText();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [result, setResult] = useState<IatiImportResult | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => iatiApi.importFile(props.slug, chosen, planId ?? props.defaultPlanId),
    onSuccess: async (answer) => {
      setFile(null);
      setResult(answer);
      // the imported flows change the funding, coverage and sustainability pages
      await invalidateMoneyViews(queryClient, props.slug);
    },
  });
  const fileError =
    upload.error instanceof ApiError && isFileError(upload.error.details) ? upload.error.details : null;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('upload.help')}</Text>
      {props.plans.length > 0 && (
        <Select
          label={t('upload.plan')}
          description={t('upload.planHelp')}
          data={props.plans}
          value={planId ?? props.defaultPlanId}
          onChange={setPlanId}
          allowDeselect={false}
          w={{ base: '100%', xs: 320 }}
        />
      )}
      <FileUploadForm
        label={t('upload.file')}
        placeholder={t('upload.choose')}
        accept=".xml,application/xml,text/xml"
        submitLabel={t('upload.submit')}
        file={file}
        onFileChange={(chosen) => {
          setFile(chosen);
          upload.reset();
        }}
        busy={upload.isPending}
        onUpload={(chosen) => {
          setResult(null);
          upload.mutate(chosen);
        }}
      />
      {upload.isPending && <Text size="sm">{t('upload.reading')}</Text>}
      {upload.error && (
        <Alert color="red" title={t('upload.refused')}>
          <Text size="sm">
            {fileError
              ? t(warningKey(fileError), { ...fileError.params, line: fileError.line })
              : errorMessage(upload.error)}
          </Text>
        </Alert>
      )}
      {result && (
        <Alert color="green" title={t('upload.done', { file: result.fileName, version: result.version })}>
          <Stack gap={4}>
            <Text size="sm">
              {t('upload.counts', {
                count: result.activities,
                transactions: result.transactions,
                matched: result.matched,
              })}
            </Text>
            <IatiWarningList warnings={result.warnings} total={result.warningCount} />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
