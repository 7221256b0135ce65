import { DataList, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicInvitation } from '../../api/types';
import { formatDate } from '../../app/format';

export function InvitationDetails({ invitation }: { invitation: PublicInvitation }) {
  const { t } = useTranslation();
  return (
    <DataList withDivider labelWidth="7.5rem">
      <DataList.Item>
        <DataList.ItemLabel>{t('invitation.workspace')}</DataList.ItemLabel>
        <DataList.ItemValue>{invitation.workspace.name}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('invitation.invitedEmail')}</DataList.ItemLabel>
        <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{invitation.email}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('invitation.role')}</DataList.ItemLabel>
        <DataList.ItemValue>
          <Text size="sm" fw={600}>
            {t(`roles.${invitation.role}.name`)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`roles.${invitation.role}.description`)}
          </Text>
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('invitation.status')}</DataList.ItemLabel>
        <DataList.ItemValue>
          {t(`invitationStatus.${invitation.status}`, invitation.status)}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t('invitation.expires')}</DataList.ItemLabel>
        <DataList.ItemValue>{formatDate(invitation.expiresAt)}</DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}
