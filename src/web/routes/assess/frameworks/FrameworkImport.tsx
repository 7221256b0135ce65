import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessApi } from '../../../api/assessments';
import { FileUploadForm } from '../../../app/FileUploadForm';
import { useRefreshAssess } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';

/** Adds a custom framework from a JSON or XLSX file; a refused file shows the server's reason. */
export function FrameworkImport({ slug }: { slug: string }) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const refresh = useRefreshAssess(slug);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => assessApi.importFramework(slug, chosen),
    onSuccess: async ({ framework }) => {
      setFile(null);
      await refresh();
      notifications.show({
        color: 'green',
        message: t('frameworks.imported', { name: labels.text(framework.name), version: framework.version }),
      });
    },
  });

  return (
    <Card withBorder radius="md" padding="md" data-testid="framework-import">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('frameworks.importTitle')}
        </Title>
        <Text size="sm">{t('frameworks.importHelp')}</Text>
        <FileUploadForm
          label={t('frameworks.file')}
          placeholder={t('frameworks.chooseFile')}
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          submitLabel={t('frameworks.import')}
          file={file}
          onFileChange={(chosen) => {
            upload.reset();
            setFile(chosen);
          }}
          busy={upload.isPending}
          onUpload={(chosen) => upload.mutate(chosen)}
        />
        {upload.isError && (
          <Alert
            color="red"
            role="alert"
            title={t('frameworks.rejected')}
            data-testid="framework-import-error"
          >
            {errorMessage(upload.error)}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
