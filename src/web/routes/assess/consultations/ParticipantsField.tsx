import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  type ParticipantGroup,
  participantTotals,
  STAKEHOLDER_TYPES,
  type StakeholderType,
  womenShare,
} from '../../../../core/consultation/participants';
import { useAssessLabels } from '../useAssessLabels';

interface ParticipantsFieldProps {
  value: ParticipantGroup[];
  onChange: (value: ParticipantGroup[]) => void;
}

const COUNTS = ['women', 'men', 'other'] as const;

/** Who took part, by stakeholder type and sex: one row per type, each type once. */
export function ParticipantsField({ value, onChange }: ParticipantsFieldProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  const used = new Set(value.map((group) => group.stakeholderType));
  const next = STAKEHOLDER_TYPES.find((type) => !used.has(type));
  const totals = participantTotals(value);
  const share = womenShare(totals);
  const update = (index: number, patch: Partial<ParticipantGroup>) =>
    onChange(value.map((group, at) => (at === index ? { ...group, ...patch } : group)));

  return (
    <Fieldset legend={t('consultations.participants')} variant="filled">
      <Stack gap="xs">
        {value.map((group, index) => (
          <Group key={group.stakeholderType} gap="xs" align="flex-end" data-testid="participant-row">
            <Select
              label={t('consultations.stakeholderType')}
              data={STAKEHOLDER_TYPES.map((type) => ({
                value: type,
                label: labels.stakeholder(type),
                disabled: used.has(type) && type !== group.stakeholderType,
              }))}
              value={group.stakeholderType}
              onChange={(type) => type && update(index, { stakeholderType: type as StakeholderType })}
              allowDeselect={false}
              w={{ base: '100%', sm: 220 }}
            />
            {COUNTS.map((field) => (
              <NumberInput
                key={field}
                label={t(`consultations.${field}`)}
                value={group[field]}
                onChange={(count) => update(index, { [field]: typeof count === 'number' ? count : 0 })}
                min={0}
                max={1_000_000}
                allowDecimal={false}
                allowNegative={false}
                w={{ base: 'calc(33% - 28px)', sm: 90 }}
              />
            ))}
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={2}
              onClick={() => onChange(value.filter((_, at) => at !== index))}
              aria-label={t('consultations.removeGroup', { type: labels.stakeholder(group.stakeholderType) })}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between" gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={!next}
            onClick={() =>
              next && onChange([...value, { stakeholderType: next, women: 0, men: 0, other: 0 }])
            }
          >
            {t('consultations.addGroup')}
          </Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('consultations.totals', {
              all: totals.all,
              women: totals.women,
              share: share === null ? '—' : Math.round(share * 100),
            })}
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}
