import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalibrationMargin, SurveyForm } from '../../../../core/survey/types';
import { marginCells } from './designDraft';

type Method = 'none' | 'postStratify' | 'rake';

/**
 * Post-stratification (one margin, usually crossed: sex × age × region) or raking (several margins):
 * population counts per value, entered in a small table per margin.
 */
export function CalibrationEditor(props: {
  form: SurveyForm;
  names: string[];
  method: Method;
  margins: CalibrationMargin[];
  onMethod: (method: Method) => void;
  onMargins: (margins: CalibrationMargin[]) => void;
}) {
  const { t } = useTranslation(['surveys']);
  const { margins, onMargins } = props;
  const shown = props.method === 'postStratify' ? margins.slice(0, 1) : margins;
  const change = (index: number, margin: CalibrationMargin) =>
    onMargins(margins.map((old, at) => (at === index ? margin : old)));

  return (
    <Stack gap="xs">
      <Group gap="sm" align="center" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('calibration.title')}
        </Text>
        <SegmentedControl
          size="xs"
          value={props.method}
          onChange={(value) => {
            props.onMethod(value as Method);
            if (value !== 'none' && margins.length === 0) onMargins([{ variables: [], population: {} }]);
          }}
          data={(['none', 'postStratify', 'rake'] as const).map((value) => ({
            value,
            label: t(`calibration.${value}`),
          }))}
        />
      </Group>
      {props.method !== 'none' && (
        <Text size="xs" c="dimmed">
          {t(`calibration.${props.method}Help`)}
        </Text>
      )}
      {props.method !== 'none' &&
        shown.map((margin, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: margins are positional
          <Paper key={index} withBorder p="xs">
            <MarginTable
              form={props.form}
              names={props.names}
              margin={margin}
              onChange={(next) => change(index, next)}
              onRemove={() => onMargins(margins.filter((_, at) => at !== index))}
            />
          </Paper>
        ))}
      {props.method === 'rake' && (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onMargins([...margins, { variables: [], population: {} }])}
          >
            {t('calibration.addMargin')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function MarginTable(props: {
  form: SurveyForm;
  names: string[];
  margin: CalibrationMargin;
  onChange: (margin: CalibrationMargin) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation(['surveys']);
  const { margin } = props;
  const cells = marginCells(props.form, margin.variables);
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('calibration.variables')}
          data={props.names}
          value={margin.variables}
          onChange={(variables) => props.onChange({ variables, population: {} })}
          searchable
          w={{ base: '100%', xs: 320 }}
        />
        <Button size="xs" variant="subtle" color="red" onClick={props.onRemove}>
          {t('calibration.removeMargin')}
        </Button>
      </Group>
      {margin.variables.length > 0 && cells.length === 0 && (
        <Text size="xs" c="orange">
          {t('calibration.notSelect')}
        </Text>
      )}
      {cells.length > 0 && (
        <Table.ScrollContainer minWidth={240} mah={320}>
          <Table verticalSpacing={2}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{margin.variables.join(' × ')}</Table.Th>
                <Table.Th>{t('calibration.population')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cells.map((cell) => (
                <Table.Tr key={cell}>
                  <Table.Td ff="monospace">{cell}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      min={0}
                      value={margin.population[cell] ?? ''}
                      aria-label={t('calibration.populationOf', { cell })}
                      onChange={(value) => {
                        const population = { ...margin.population };
                        if (typeof value === 'number') population[cell] = value;
                        else delete population[cell];
                        props.onChange({ ...margin, population });
                      }}
                      w={140}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
