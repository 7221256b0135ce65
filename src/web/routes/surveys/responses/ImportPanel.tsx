import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../app/errors';
import { ImportIssues } from './ImportIssues';
import { issuesOfError, useImportResponses, useUndoImport } from './responsesApi';

/** Upload of a KoboToolbox/ODK export: one XLSX, or the main CSV and one CSV per repeat. */
export function ImportPanel(props: { slug: string; surveyId: string }) {
  const { t } = useTranslation(['surveyResponses']);
  const [files, setFiles] = useState<File[]>([]);
  const upload = useImportResponses(props.slug, props.surveyId);
  const undo = useUndoImport(props.slug, props.surveyId);
  const refused = issuesOfError(upload.error);
  const summary = upload.data;

  return (
    <Stack gap="xs" data-testid="responses-import">
      <Text size="sm" c="dimmed">
        {t('import.intro')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (files.length > 0) upload.mutate(files, { onSuccess: () => setFiles([]) });
        }}
      >
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('import.files')}
            placeholder={t('import.placeholder')}
            accept=".xlsx,.csv"
            multiple
            clearable
            value={files}
            onChange={(chosen) => {
              upload.reset();
              undo.reset();
              setFiles(chosen);
            }}
            w={{ base: '100%', xs: 360 }}
            data-testid="responses-import-files"
          />
          <Button
            type="submit"
            disabled={files.length === 0}
            loading={upload.isPending}
            data-testid="responses-import-submit"
          >
            {t('import.submit')}
          </Button>
        </Group>
      </form>
      {upload.isError && (
        <Alert color="red" title={t('import.refused')} data-testid="responses-import-error">
          {refused.errors.length > 0 ? (
            <ImportIssues issues={refused.errors} total={refused.total} testId="responses-import-errors" />
          ) : (
            errorText(upload.error, t)
          )}
        </Alert>
      )}
      {summary && (
        <Alert
          color="teal"
          title={t('import.done', { imported: summary.imported, skipped: summary.skipped })}
          data-testid="responses-import-done"
        >
          <Stack gap="xs">
            {summary.warnings.length > 0 && (
              <>
                <Text size="sm">{t('import.warnings')}</Text>
                <ImportIssues issues={summary.warnings} testId="responses-import-warnings" />
              </>
            )}
            {summary.importId && !undo.isSuccess && (
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  loading={undo.isPending}
                  onClick={() => summary.importId && undo.mutate(summary.importId)}
                  data-testid="responses-import-undo"
                >
                  {t('import.undo')}
                </Button>
              </Group>
            )}
            {undo.isSuccess && <Text size="sm">{t('import.undone', { count: undo.data.deleted })}</Text>}
            {undo.isError && (
              <Text size="sm" c="red">
                {errorText(undo.error, t)}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
