import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { setPreconditionFailedHandler } from '../api/http';
import { queryClient } from './queryClient';

const NOTICE_ID = 'changed-elsewhere';

function ChangedElsewhereMessage() {
  const { t } = useTranslation();
  const reload = () => {
    notifications.hide(NOTICE_ID);
    // refetching replaces every record on screen, with its new version, by what is stored now
    void queryClient.invalidateQueries();
  };
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{t('errors.changedElsewhere')}</Text>
      <Button size="xs" variant="light" onClick={reload}>
        {t('errors.reload')}
      </Button>
    </Group>
  );
}

/** One notice, whichever form or button met a record someone else changed since it was loaded. */
function showChangedElsewhere() {
  notifications.hide(NOTICE_ID);
  notifications.show({
    id: NOTICE_ID,
    color: 'orange',
    autoClose: false,
    message: <ChangedElsewhereMessage />,
  });
}

/** Installs the notice as the API client's answer to 412 Precondition Failed (called once at start-up). */
export function installChangedElsewhereNotice(): void {
  setPreconditionFailedHandler(showChangedElsewhere);
}
