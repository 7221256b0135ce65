import { Alert, Anchor, List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanItemData, PlanResourceData } from '../../../../core/planning/types';
import { formatList } from '../../../app/format';
import { formatAmount, formatMonth } from '../planFormat';
import type { ScheduleProblem } from './scheduleCheck';

const MAX_NAMED = 4;
const MAX_LISTED = 30;

/** Moves focus to an activity's bar (and scrolls it into view) so the user can fix it from the keyboard. */
function focusBar(code: string) {
  const bar = document.querySelector<SVGGElement>(`[data-testid="gantt-bar-${CSS.escape(code)}"]`);
  bar?.focus({ preventScroll: true });
  bar?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'smooth' });
}

export function GanttViolations(props: {
  problems: ScheduleProblem[];
  items: Map<string, PlanItemData>;
  resources: PlanResourceData[];
  startMonth: string;
  unsaved: boolean;
}) {
  const { t } = useTranslation('plan');
  const { problems, items, startMonth } = props;
  if (problems.length === 0) return null;
  const month = (offset: number) => formatMonth(startMonth, offset);
  const name = (id: string) => {
    const item = items.get(id);
    return item ? `${item.code} ${item.name}` : id;
  };
  const names = (ids: string[]) =>
    ids.length > MAX_NAMED
      ? formatList([
          ...ids.slice(0, MAX_NAMED).map(name),
          t('violations.others', { count: ids.length - MAX_NAMED }),
        ])
      : formatList(ids.map(name));

  const text = (problem: ScheduleProblem): string => {
    switch (problem.kind) {
      case 'precedence':
        return t(`violations.precedence${problem.type}`, {
          successor: name(problem.itemIds[1]),
          predecessor: name(problem.itemIds[0]),
          start: month(problem.start),
          required: month(problem.required),
        });
      case 'resource': {
        const resource = props.resources.find((candidate) => candidate.id === problem.resourceId);
        const amount = (value: number) =>
          resource?.kind === 'budget'
            ? formatAmount(value, resource.currency)
            : `${formatAmount(value, null)} ${resource?.unit ?? ''}`.trim();
        const period =
          problem.months === 1
            ? month(problem.from)
            : t('violations.period', {
                from: month(problem.from),
                to: month(problem.from + problem.months - 1),
              });
        return t('violations.resource', {
          resource: resource?.name ?? problem.resourceId,
          period,
          used: amount(problem.used),
          capacity: amount(problem.capacity),
          activities: names(problem.itemIds),
        });
      }
      case 'deadline':
        return t('violations.deadline', {
          activity: name(problem.itemIds[0]),
          finish: month(problem.finish - 1),
          deadline: month(problem.deadline - 1),
        });
      case 'statusDate':
        return t('violations.statusDate', {
          activity: name(problem.itemIds[0]),
          start: month(problem.start),
          status: month(problem.statusMonth),
        });
      case 'release':
        return t('violations.release', {
          activity: name(problem.itemIds[0]),
          start: month(problem.start),
          release: month(problem.release),
        });
      default:
        return t('violations.start', { activity: names(problem.itemIds) });
    }
  };

  return (
    <Alert
      color={props.unsaved ? 'orange' : 'red'}
      title={t(props.unsaved ? 'violations.titleUnsaved' : 'violations.title', { count: problems.length })}
      data-testid="gantt-violations"
      aria-live="polite"
    >
      <ScrollArea.Autosize mah={240} type="auto" offsetScrollbars>
        <List size="sm" spacing={4}>
          {problems.slice(0, MAX_LISTED).map((problem, index) => {
            const firstId = problem.itemIds[problem.kind === 'precedence' ? 1 : 0];
            const first = firstId ? items.get(firstId) : undefined;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on every check
              <List.Item key={index}>
                <Text size="sm" span>
                  {text(problem)}
                </Text>{' '}
                {first && (
                  <Anchor component="button" type="button" size="sm" onClick={() => focusBar(first.code)}>
                    {t('violations.show')}
                  </Anchor>
                )}
              </List.Item>
            );
          })}
        </List>
      </ScrollArea.Autosize>
      {problems.length > MAX_LISTED && (
        <Text size="sm" mt="xs">
          {t('violations.more', { count: problems.length - MAX_LISTED })}
        </Text>
      )}
    </Alert>
  );
}
