import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { FileUploadForm } from '../../app/FileUploadForm';
import { useErrorText } from '../assess/useErrorText';
import { isRowErrorList, RowErrorsTable } from '../map/RowErrorsTable';

/** Upload of a CSV or XLSX file that is imported whole or not at all; a refusal lists each row's problems. */
export function FinanceImport(props: {
  /** The columns the file must have, as the server reads them. */
  columns: readonly string[];
  help: string;
  /** Rows of an example file (values in column order), offered as a download to start from. */
  example: readonly (readonly string[])[];
  exampleName: string;
  upload: (file: File) => Promise<{ imported: number }>;
  onImported: () => Promise<unknown>;
}) {
  const { t } = useTranslation('finance');
  const errorMessage = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: props.upload,
    onSuccess: async (result) => {
      setFile(null);
      await props.onImported();
      notifications.show({ color: 'green', message: t('import.done', { count: result.imported }) });
    },
  });
  const exampleHref = `data:text/csv;charset=utf-8,${encodeURIComponent(
    [props.columns, ...props.example].map((row) => row.join(',')).join('\n'),
  )}`;
  const rowErrors =
    upload.error instanceof ApiError && isRowErrorList(upload.error.details) ? upload.error.details : null;
  return (
    <Stack gap="xs">
      <Text size="sm">{props.help}</Text>
      <Text size="xs" c="dimmed" dir="ltr" style={{ overflowWrap: 'anywhere' }}>
        <code>{props.columns.join(', ')}</code>
      </Text>
      <Anchor href={exampleHref} download={props.exampleName} size="sm">
        {t('import.example')}
      </Anchor>
      <FileUploadForm
        label={t('import.file')}
        placeholder={t('import.choose')}
        accept=".csv,.xlsx,text/csv"
        submitLabel={t('import.submit')}
        file={file}
        onFileChange={(chosen) => {
          setFile(chosen);
          upload.reset();
        }}
        busy={upload.isPending}
        onUpload={(chosen) => upload.mutate(chosen)}
      />
      {upload.error && (
        <Alert color="red" title={t('import.refused')}>
          <Stack gap="xs">
            <Text size="sm">{errorMessage(upload.error)}</Text>
            {rowErrors && <RowErrorsTable errors={rowErrors} />}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
