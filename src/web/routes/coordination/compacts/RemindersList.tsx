import { Alert, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../../app/RouterLinks';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';
import { formatDay, type Reminders } from '../coordinationApi';

/** Overdue commitments and actions, the longest overdue first. */
export function RemindersList({ slug, reminders }: { slug: string; reminders: Reminders }) {
  const { t, i18n } = useTranslation('coordination');
  if (reminders.reminders.length === 0)
    return (
      <Alert color="green" data-testid="coordination-reminders">
        {t('reminders.none')}
      </Alert>
    );
  return (
    <Alert
      color="red"
      title={t('reminders.title', { count: reminders.reminders.length })}
      data-testid="coordination-reminders"
    >
      <List size="sm" spacing={4}>
        {reminders.reminders.map((reminder) => (
          <List.Item key={`${reminder.kind}:${reminder.id}`}>
            <Group gap={6} wrap="wrap">
              <Badge color="red" variant="light" styles={WHOLE_BADGE_STYLES}>
                {t('reminders.daysOverdue', { count: reminder.daysOverdue })}
              </Badge>
              <Text size="sm">{reminder.text}</Text>
              <Text size="xs" c="dimmed">
                {t(`reminders.kind.${reminder.kind}`)} ·{' '}
                {t('reminders.due', { date: formatDay(reminder.dueDate, i18n.language) })} ·{' '}
                <RouterAnchor
                  to="/w/$slug/coordinate/mechanisms/$mechanismId"
                  params={{ slug, mechanismId: reminder.mechanismId }}
                  size="xs"
                >
                  {reminder.mechanismName}
                </RouterAnchor>
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
