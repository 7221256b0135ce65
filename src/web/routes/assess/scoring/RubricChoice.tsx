import { Divider, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScaleLevel } from '../../../../core/frameworks/types';
import { useAssessLabels } from '../useAssessLabels';

interface RubricChoiceProps {
  itemCode: string;
  levels: readonly ScaleLevel[];
  value: string | null;
  onChange: (value: string) => void;
}

/** The rubric's levels with their descriptors, then "not applicable" and "insufficient evidence". */
export function RubricChoice({ itemCode, levels, value, onChange }: RubricChoiceProps) {
  const { t } = useTranslation('assess');
  const labels = useAssessLabels();
  return (
    <Radio.Group
      value={value}
      onChange={onChange}
      label={t('scoring.level', { code: itemCode })}
      data-testid="rubric"
    >
      <Stack gap={6} mt={6}>
        {levels.map((level) => (
          <Radio
            key={level.value}
            value={String(level.value)}
            label={
              <Text span size="sm" fw={600}>
                {level.label}
              </Text>
            }
            description={<bdi>{labels.text(level.descriptor)}</bdi>}
          />
        ))}
        <Divider my={2} />
        <Radio value="na" label={t('answer.na')} description={t('answer.naHelp')} />
        <Radio
          value="insufficient_evidence"
          label={t('answer.insufficient')}
          description={t('answer.insufficientHelp')}
        />
      </Stack>
    </Radio.Group>
  );
}
