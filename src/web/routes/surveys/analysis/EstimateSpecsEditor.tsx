import { ActionIcon, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ESTIMATE_STATS, type EstimateSpec, type EstimateStat } from '../../../../core/survey/types';

/** The estimates to compute: stat, variable, a denominator for ratios, and an optional domain variable. */
export function EstimateSpecsEditor(props: {
  names: string[];
  specs: EstimateSpec[];
  onChange: (specs: EstimateSpec[]) => void;
}) {
  const { t } = useTranslation(['surveys']);
  const { specs, onChange } = props;
  const change = (index: number, patch: Partial<EstimateSpec>) =>
    onChange(specs.map((spec, at) => (at === index ? { ...spec, ...patch } : spec)));

  return (
    <Stack gap="xs" data-testid="estimate-specs">
      <Text size="sm" fw={600}>
        {t('specs.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('specs.help')}
      </Text>
      {specs.map((spec, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and have no id
        <Group key={index} gap="xs" align="flex-end" wrap="wrap" data-testid={`estimate-spec-${index}`}>
          <Select
            label={t('specs.stat')}
            data={ESTIMATE_STATS.map((stat) => ({ value: stat, label: t(`stat.${stat}`) }))}
            value={spec.stat}
            onChange={(value) => value && change(index, { stat: value as EstimateStat })}
            allowDeselect={false}
            w={130}
          />
          <Select
            label={t('specs.variable')}
            data={props.names}
            value={spec.variable || null}
            onChange={(value) => change(index, { variable: value ?? '' })}
            searchable
            w={170}
          />
          {spec.stat === 'ratio' && (
            <Select
              label={t('specs.denominator')}
              data={props.names}
              value={spec.denominator ?? null}
              onChange={(value) => change(index, { denominator: value })}
              searchable
              w={170}
            />
          )}
          <Select
            label={t('specs.by')}
            data={props.names}
            value={spec.by ?? null}
            onChange={(value) => change(index, { by: value })}
            clearable
            searchable
            placeholder={t('specs.everyone')}
            w={170}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('specs.remove')}
            onClick={() => onChange(specs.filter((_, at) => at !== index))}
            mb={4}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...specs, { stat: 'proportion', variable: '', by: null }])}
          data-testid="estimate-spec-add"
        >
          {t('specs.add')}
        </Button>
      </Group>
    </Stack>
  );
}
