import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { type Actor, sectorMapApi } from '../../api/sectorMap';
import { errorText } from '../../app/errors';
import { useRefreshSectorMap } from './sectorMapQueries';
import { useSectorLabels } from './useSectorLabels';

interface DeleteActorModalProps {
  slug: string;
  actor: Actor | null;
  onClose: () => void;
  onDeleted?: () => void;
}

/**
 * Asks before deleting. When relations or sub-units still depend on the actor, the server names
 * them (409) and the modal offers to delete the relations and detach the sub-units as well.
 */
export function DeleteActorModal({ slug, actor, onClose, onDeleted }: DeleteActorModalProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  const refresh = useRefreshSectorMap(slug);
  const remove = useMutation({
    mutationFn: ({ target, cascade }: { target: Actor; cascade: boolean }) =>
      sectorMapApi.deleteActor(slug, target.id, cascade),
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('map.actor.deleted') });
      remove.reset();
      onClose();
      onDeleted?.();
    },
  });
  const blocked = remove.error instanceof ApiError && remove.error.status === 409;
  const close = () => {
    remove.reset();
    onClose();
  };
  const name = actor ? labels.actorName(actor) : '';

  return (
    <Modal opened={actor !== null} onClose={close} title={t('map.actor.deleteTitle')} centered>
      <Stack gap="sm">
        {blocked ? (
          <Alert color="orange" title={t('map.actor.deleteBlocked', { name })}>
            <Text size="sm">{(remove.error as ApiError).message}</Text>
            <Text size="sm" mt="xs">
              {t('map.actor.cascadeExplained')}
            </Text>
          </Alert>
        ) : (
          <Text size="sm">{t('map.actor.deleteConfirm', { name })}</Text>
        )}
        {remove.error && !blocked && (
          <Alert color="red" role="alert">
            {errorText(remove.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => actor && remove.mutate({ target: actor, cascade: blocked })}
          >
            {blocked ? t('map.actor.deleteCascade') : t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
