import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OVERSIGHT_KINDS, type OversightKind } from '../../../core/sector-map/relations';
import { useSectorLabels } from '../map/useSectorLabels';

interface OversightRuleFieldProps {
  value: OversightKind[];
  onChange: (kinds: OversightKind[]) => void;
  error?: string;
}

/** The workspace's oversight rule: which kinds of oversight every armed actor must be under. */
export function OversightRuleField({ value, onChange, error }: OversightRuleFieldProps) {
  const { t } = useTranslation();
  const labels = useSectorLabels();
  return (
    <Checkbox.Group
      label={t('settings.oversightRule')}
      description={t('settings.oversightRuleHelp')}
      value={value}
      // Kept in the canonical order, whatever order the boxes were ticked in.
      onChange={(picked) => onChange(OVERSIGHT_KINDS.filter((kind) => picked.includes(kind)))}
      error={error}
      data-testid="oversight-rule"
    >
      <Stack gap={6} mt="xs">
        {OVERSIGHT_KINDS.map((kind) => (
          <Checkbox key={kind} value={kind} label={labels.oversightKind(kind)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
