import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ItemGap } from '../../../../core/assessment/gaps';
import { assessApi } from '../../../api/assessments';
import { RouterAnchor } from '../../../app/RouterLinks';
import { useRefreshAssess } from '../assessQueries';
import { useAssessLabels } from '../useAssessLabels';
import { useErrorText } from '../useErrorText';

interface GapsTableProps {
  slug: string;
  assessmentId: string;
  needs: ItemGap[];
  itemText: (itemId: string) => string;
  /** Needs come only from validated or published results, and from those who manage assessments. */
  canCreateNeeds: boolean;
}

/** Items below target, highest priority first, and the step that turns them into programme needs. */
export function GapsTable({ slug, assessmentId, needs, itemText, canCreateNeeds }: GapsTableProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const errorMessage = useErrorText();
  const refresh = useRefreshAssess(slug);
  const generate = useMutation({
    mutationFn: () => assessApi.generateNeeds(slug, assessmentId),
    onSuccess: async ({ created, alreadyExisted }) => {
      await refresh();
      if (created > 0) {
        notifications.show({ color: 'green', message: t('gaps.created', { count: created }) });
      } else {
        // Nothing new: say that the needs are already there, not that zero were made.
        notifications.show({
          color: 'gray',
          message: alreadyExisted > 0 ? t('gaps.allExist', { count: alreadyExisted }) : t('gaps.none'),
        });
      }
    },
  });

  return (
    <Paper withBorder radius="md" p="sm" data-testid="gaps">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5">
            {t('gaps.title', { count: needs.length })}
          </Title>
          {canCreateNeeds && needs.length > 0 && (
            <Button
              size="xs"
              onClick={() => generate.mutate()}
              loading={generate.isPending}
              data-testid="create-needs"
            >
              {t('gaps.createNeeds')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('gaps.help')}
        </Text>
        {generate.isError && (
          <Alert color="red" role="alert">
            {errorMessage(generate.error)}
          </Alert>
        )}
        {generate.isSuccess && (
          <RouterAnchor to="/w/$slug/assess/needs" params={{ slug }} size="sm">
            {t('gaps.seeNeeds')}
          </RouterAnchor>
        )}
        {needs.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('gaps.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('gaps.item')}</Table.Th>
                  <Table.Th>{t('gaps.current')}</Table.Th>
                  <Table.Th>{t('gaps.target')}</Table.Th>
                  <Table.Th>{t('gaps.gap')}</Table.Th>
                  <Table.Th>{t('gaps.priority')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.map((gap) => (
                  <Table.Tr key={gap.itemId} data-testid="gap-row">
                    <Table.Td>
                      <Text size="sm">
                        <Text span fw={700}>
                          {gap.code}{' '}
                        </Text>
                        <bdi>{itemText(gap.itemId)}</bdi>
                      </Text>
                    </Table.Td>
                    <Table.Td>{labels.score(gap.current)}</Table.Td>
                    <Table.Td>{labels.score(gap.target)}</Table.Td>
                    <Table.Td>{labels.score(gap.gap)}</Table.Td>
                    <Table.Td>{labels.score(gap.priority)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
