import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/http';
import { errorText } from '../../../app/errors';
import { FileUploadForm } from '../../../app/FileUploadForm';
import { type ImportedForm, surveysApi, useSurveyMutation } from '../surveysApi';
import { FormIssuesList, issuesOfError } from './FormIssuesList';

const ACCEPT = '.xlsx,.csv,.md';

/**
 * Uploads an XLSForm (.xlsx, .csv or .md): a new survey, or the form of `surveyId` replaced. A refused
 * file lists every error by sheet, row and column; the warnings of an accepted one are on its Form tab.
 */
export function UploadFormModal(props: {
  slug: string;
  surveyId?: string;
  opened: boolean;
  onClose: () => void;
  onDone: (result: ImportedForm) => void;
}) {
  const { t } = useTranslation(['surveys']);
  const [file, setFile] = useState<File | null>(null);
  const upload = useSurveyMutation(props.slug, (chosen: File) =>
    props.surveyId
      ? surveysApi.replaceForm(props.slug, props.surveyId, chosen)
      : surveysApi.importForm(props.slug, chosen),
  );
  const issues = upload.isError ? issuesOfError(upload.error) : [];
  const hasSubmissions =
    upload.error instanceof ApiError && upload.error.status === 409 && Boolean(props.surveyId);
  const close = () => {
    upload.reset();
    setFile(null);
    props.onClose();
  };

  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={props.surveyId ? t('upload.replaceTitle') : t('upload.importTitle')}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {props.surveyId ? t('upload.replaceIntro') : t('upload.importIntro')}
        </Text>
        <FileUploadForm
          label={t('upload.file')}
          placeholder={t('upload.placeholder')}
          accept={ACCEPT}
          submitLabel={props.surveyId ? t('upload.replace') : t('upload.import')}
          file={file}
          onFileChange={(chosen) => {
            upload.reset();
            setFile(chosen);
          }}
          busy={upload.isPending}
          onUpload={(chosen) =>
            upload.mutate(chosen, {
              onSuccess: (result) => {
                setFile(null);
                upload.reset();
                props.onDone(result);
              },
            })
          }
        />
        {hasSubmissions && (
          <Alert color="orange" title={t('upload.hasSubmissionsTitle')} data-testid="upload-has-submissions">
            {t('upload.hasSubmissions')}
          </Alert>
        )}
        {upload.isError && !hasSubmissions && (
          <Alert color="red" title={t('upload.refused')} data-testid="upload-error">
            {issues.length > 0 ? t('upload.refusedList') : errorText(upload.error, t)}
          </Alert>
        )}
        {issues.length > 0 && <FormIssuesList issues={issues} testId="upload-issues" />}
      </Stack>
    </Modal>
  );
}
