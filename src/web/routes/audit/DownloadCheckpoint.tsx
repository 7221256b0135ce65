import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/endpoints';
import { ErrorAlert } from '../../app/status';
import { createCheckpoint, saveCheckpoint } from './checkpointApi';

/** Owners and admins sign the chain's current head and keep the file elsewhere. */
export function DownloadCheckpoint({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const checkpoint = useMutation({
    mutationFn: () => createCheckpoint(slug),
    onSuccess: (signed) => {
      saveCheckpoint(signed);
      // the checkpoint is itself recorded in the log
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(slug) });
    },
  });

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('audit.checkpointHint')}
      </Text>
      <div>
        <Button
          variant="default"
          onClick={() => checkpoint.mutate()}
          loading={checkpoint.isPending}
          data-testid="audit-download-checkpoint"
        >
          {t('audit.checkpointDownload')}
        </Button>
      </div>
      <div aria-live="polite">
        {checkpoint.isError && <ErrorAlert error={checkpoint.error} />}
        {checkpoint.data && (
          <Alert color="green" data-testid="audit-checkpoint-result">
            {t('audit.checkpointSaved', { seq: checkpoint.data.seq })}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
