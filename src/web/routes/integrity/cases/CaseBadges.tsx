import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, IdentityMode } from '../../../../core/integrity/types';
import { formatDate } from '../../../app/format';
import type { CaseSummary } from '../integrityApi';
import { STATUS_COLORS } from './caseLabels';

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('integrity');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="case-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

const IDENTITY_MARKS: Record<IdentityMode, string> = { anonymous: '◌', confidential: '◐', open: '●' };

/** How the whistle-blower chose to be known, as a mark and a word (never a colour alone). */
export function IdentityModeLabel({ mode }: { mode: IdentityMode }) {
  const { t } = useTranslation('integrity');
  return (
    <Text size="sm" span title={t(`identityModeHint.${mode}`)}>
      <span aria-hidden="true">{IDENTITY_MARKS[mode]} </span>
      {t(`identityMode.${mode}`)}
    </Text>
  );
}

type Deadlines = Pick<
  CaseSummary,
  'acknowledgeBy' | 'feedbackBy' | 'acknowledgedAt' | 'feedbackAt' | 'overdue'
>;

function Deadline(props: {
  done: string | null;
  due: string;
  overdue: boolean;
  kind: 'acknowledge' | 'feedback';
}) {
  const { t } = useTranslation('integrity');
  if (props.done)
    return (
      <Text size="sm" c="dimmed">
        {t(`deadline.${props.kind}Done`, { date: formatDate(props.done) })}
      </Text>
    );
  return (
    <Stack gap={0}>
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c={props.overdue ? 'red' : undefined} fw={props.overdue ? 600 : undefined}>
          {t(`deadline.${props.kind}By`, { date: formatDate(props.due) })}
        </Text>
        {props.overdue && (
          <Badge color="red" size="xs" variant="filled" data-testid={`case-overdue-${props.kind}`}>
            {t('deadline.overdue')}
          </Badge>
        )}
      </Group>
      {props.overdue && (
        <Text size="xs" c="red">
          {t(`deadline.${props.kind}OverdueHint`)}
        </Text>
      )}
    </Stack>
  );
}

/** The acknowledge-by and feedback-by dates, or when each was met; a missed one in red, with why. */
export function CaseDeadlines({ record }: { record: Deadlines }) {
  return (
    <Stack gap={2}>
      <Deadline
        kind="acknowledge"
        due={record.acknowledgeBy}
        done={record.acknowledgedAt}
        overdue={record.overdue.acknowledge}
      />
      <Deadline
        kind="feedback"
        due={record.feedbackBy}
        done={record.feedbackAt}
        overdue={record.overdue.feedback}
      />
    </Stack>
  );
}
