import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Side, TeamMemberInput, TeamRole } from '../../../api/assessmentTypes';
import type { Member } from '../../../api/types';
import { useAssessLabels } from '../useAssessLabels';

/** A team row being edited: the member may still be unchosen. */
export interface TeamRow {
  key: number;
  userId: string | null;
  side: Side;
  teamRole: TeamRole;
}

interface TeamRowsFieldProps {
  rows: TeamRow[];
  members: Member[];
  error?: string;
  onChange: (rows: TeamRow[]) => void;
}

export const completeRows = (rows: TeamRow[]): TeamMemberInput[] =>
  rows.flatMap((row) => (row.userId ? [{ userId: row.userId, side: row.side, teamRole: row.teamRole }] : []));

/** The assessment team: one row per person, with the side they speak for and their role. */
export function TeamRowsField({ rows, members, error, onChange }: TeamRowsFieldProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const update = (key: number, patch: Partial<TeamRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const chosen = new Set(rows.map((row) => row.userId));

  return (
    <Fieldset legend={t('form.team')} variant="filled">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {t('form.teamHelp')}
        </Text>
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-end" gap="xs" wrap="wrap" data-testid={`team-row-${index}`}>
            <Select
              label={t('form.member')}
              data={members.map((member) => ({
                value: member.userId,
                label: member.name,
                disabled: chosen.has(member.userId) && member.userId !== row.userId,
              }))}
              value={row.userId}
              onChange={(userId) => update(row.key, { userId })}
              searchable
              nothingFoundMessage={t('common.noMatch')}
              w={{ base: '100%', sm: 240 }}
            />
            <Select
              label={t('form.side')}
              data={labels.sideOptions()}
              value={row.side}
              onChange={(side) => side && update(row.key, { side: side as Side })}
              allowDeselect={false}
              w={{ base: 'calc(50% - 25px)', sm: 170 }}
            />
            <Select
              label={t('form.teamRole')}
              data={labels.teamRoleOptions()}
              value={row.teamRole}
              onChange={(role) => role && update(row.key, { teamRole: role as TeamRole })}
              allowDeselect={false}
              w={{ base: 'calc(50% - 25px)', sm: 150 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
              disabled={rows.length === 1}
              aria-label={t('form.removeMember', { number: index + 1 })}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        ))}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              onChange([
                ...rows,
                {
                  key: Math.max(0, ...rows.map((row) => row.key)) + 1,
                  userId: null,
                  side: 'government',
                  teamRole: 'assessor',
                },
              ])
            }
          >
            {t('form.addMember')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
