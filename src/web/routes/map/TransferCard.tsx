import { Alert, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_COLUMNS } from '../../../core/sector-map/actor-rows';
import { RELATION_COLUMNS } from '../../../core/sector-map/relation-rows';
import { ApiError } from '../../api/http';
import { sectorMapApi, type TransferKind } from '../../api/sectorMap';
import { errorText } from '../../app/errors';
import { FileUploadForm } from '../../app/FileUploadForm';
import { isRowErrorList, RowErrorsTable } from './RowErrorsTable';
import { useRefreshSectorMap } from './sectorMapQueries';

const COLUMNS = { actors: ACTOR_COLUMNS, relations: RELATION_COLUMNS };

interface TransferCardProps {
  slug: string;
  kind: TransferKind;
  canWrite: boolean;
}

/** Upload and download of one kind of record (actors or relations). */
export function TransferCard({ slug, kind, canWrite }: TransferCardProps) {
  const { t } = useTranslation();
  const refresh = useRefreshSectorMap(slug);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (chosen: File) => sectorMapApi.importFile(slug, kind, chosen),
    onSuccess: async (result) => {
      setFile(null);
      await refresh();
      notifications.show({ color: 'green', message: t('map.transfer.imported', { rows: result.imported }) });
    },
  });
  const rowErrors =
    upload.error instanceof ApiError && isRowErrorList(upload.error.details) ? upload.error.details : null;

  return (
    <Card withBorder radius="md" padding="md" data-testid={`transfer-${kind}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(`map.transfer.${kind}Title`)}
        </Title>
        <Text size="sm">{t(`map.transfer.${kind}Help`)}</Text>
        <Text size="xs" c="dimmed">
          {t('map.transfer.columns')}{' '}
          <Code dir="ltr" style={{ whiteSpace: 'normal' }}>
            {COLUMNS[kind].join(', ')}
          </Code>
        </Text>
        <Group gap="xs">
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              href={sectorMapApi.exportUrl(slug, kind, format)}
              download
              variant="default"
              size="sm"
            >
              {t(`map.transfer.download.${format}`)}
            </Button>
          ))}
        </Group>
        {canWrite && (
          <FileUploadForm
            label={t('map.transfer.file')}
            placeholder={t('map.transfer.chooseFile')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            submitLabel={t('map.transfer.import')}
            file={file}
            onFileChange={(chosen) => {
              upload.reset();
              setFile(chosen);
            }}
            busy={upload.isPending}
            onUpload={(chosen) => upload.mutate(chosen)}
          />
        )}
        {upload.error && (
          <Alert color="red" role="alert" title={t('map.transfer.rejected')}>
            <Stack gap="xs">
              <Text size="sm">{errorText(upload.error, t)}</Text>
              {rowErrors && <RowErrorsTable errors={rowErrors} />}
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
