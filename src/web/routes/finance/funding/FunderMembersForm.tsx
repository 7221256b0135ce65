import { Alert, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../assess/useErrorText';
import type { Funder } from './fundingApi';

/** Who speaks for a funder: the workspace's donor-role members, who then see and edit its flows. */
export function FunderMembersForm(props: {
  funder: Funder;
  donors: { userId: string; name: string }[];
  busy: boolean;
  error: unknown;
  onSubmit: (userIds: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('funding');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const [userIds, setUserIds] = useState(props.funder.members.map((member) => member.userId));
  // members linked before their role changed stay listed, so they can be removed
  const options = [
    ...props.donors,
    ...props.funder.members.filter((member) => !props.donors.some((donor) => donor.userId === member.userId)),
  ];
  return (
    <Stack gap="sm">
      <Text size="sm">{t('members.help', { funder: props.funder.name })}</Text>
      {options.length === 0 ? (
        <Alert color="blue">{t('members.noDonors')}</Alert>
      ) : (
        <MultiSelect
          label={t('members.label')}
          data={options.map((member) => ({ value: member.userId, label: member.name }))}
          value={userIds}
          onChange={setUserIds}
          searchable
          clearable
        />
      )}
      {props.error ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {tRoot('common.cancel')}
        </Button>
        <Button onClick={() => props.onSubmit(userIds)} loading={props.busy} disabled={options.length === 0}>
          {tRoot('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
