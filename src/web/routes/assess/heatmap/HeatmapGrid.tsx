import { Box, Group, Text, Tooltip } from '@mantine/core';
import { Fragment } from 'react';
import type { Heatmap } from '../../../api/assessmentTypes';
import { HEAT_STOPS, heatColor, isFinal, textOn } from './heatColors';

type Row = Heatmap['rows'][number];
type Column = Heatmap['groups'][number];

interface HeatmapGridProps {
  heatmap: Heatmap;
  rowLabel: (row: Row) => string;
  groupName: (group: Column) => string;
  format: (value: number) => string;
  /** What the heat map shows, for screen readers (the figures are in the table below). */
  label: string;
  rtl: boolean;
}

const CELL_HEIGHT = 36;
const LABEL_WIDTH = 150;
// narrow enough for ten groups beside the labels on a 390 px phone; wider groups scroll sideways
const MIN_LABEL = 48;
const MIN_CELL = 26;

/**
 * Actors down the side, the framework's top-level groups across, one coloured cell per score with
 * its value; a tooltip names the actor, the group and the score. Drawn in HTML rather than with the
 * chart library: a grid of cells needs none of it, and the page stays light. It follows the
 * page's direction (groups run right to left in Arabic). Rows not validated yet are faded.
 */
export function HeatmapGrid({ heatmap, rowLabel, groupName, format, label, rtl }: HeatmapGridProps) {
  const range = heatmap.range ?? { min: 0, max: 1 };
  const count = heatmap.groups.length;
  return (
    <Box data-testid="heatmap-chart" role="img" aria-label={label}>
      <Box style={{ overflowX: 'auto' }}>
        <Box
          style={{
            display: 'grid',
            gridTemplateColumns: `minmax(${MIN_LABEL}px, ${LABEL_WIDTH}px) repeat(${count}, minmax(${MIN_CELL}px, 1fr))`,
            gap: 2,
            minWidth: MIN_LABEL + count * (MIN_CELL + 2),
          }}
        >
          {heatmap.rows.map((row) => {
            const name = rowLabel(row);
            const opacity = isFinal(row.assessment.status) ? 1 : 0.45;
            return (
              <Fragment key={row.actor.id}>
                <Text size="xs" truncate="end" title={name} style={{ alignSelf: 'center' }}>
                  <bdi>{name}</bdi>
                </Text>
                {heatmap.groups.map((group) => {
                  const value = row.scores[group.id];
                  const scored = typeof value === 'number';
                  const background = scored ? heatColor(value, range) : 'var(--mantine-color-gray-1)';
                  return (
                    <Tooltip
                      key={group.id}
                      label={`${name} · ${group.code} ${groupName(group)}: ${scored ? format(value) : '—'}`}
                      events={{ hover: true, focus: false, touch: true }}
                      multiline
                      maw={320}
                    >
                      <Box
                        data-testid="heatmap-cell"
                        style={{
                          height: CELL_HEIGHT,
                          display: 'flex',
                          alignItems: 'center',
                          justifyContent: 'center',
                          borderRadius: 2,
                          fontSize: 12,
                          background,
                          color: scored ? textOn(background) : undefined,
                          opacity,
                        }}
                      >
                        {scored ? format(value) : ''}
                      </Box>
                    </Tooltip>
                  );
                })}
              </Fragment>
            );
          })}
          <span />
          {heatmap.groups.map((group) => (
            <Text key={group.id} size="xs" c="dimmed" ta="center">
              {group.code}
            </Text>
          ))}
        </Box>
      </Box>
      <Group gap="xs" justify="center" mt="sm" wrap="nowrap">
        <Text size="xs">{format(range.min)}</Text>
        <Box
          w={160}
          h={10}
          style={{
            borderRadius: 2,
            background: `linear-gradient(to ${rtl ? 'left' : 'right'}, ${HEAT_STOPS.join(', ')})`,
          }}
        />
        <Text size="xs">{format(range.max)}</Text>
      </Group>
    </Box>
  );
}
