import { Alert, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SodiumLib } from '../../../../core/integrity/crypto';
import type { ChannelQuestion, ReportContent } from '../../../../core/integrity/types';
import { WORKSPACE_LANGUAGE_NAMES } from '../../../i18n/languages';
import type { CaseRecord } from '../integrityApi';
import { CaseFiles } from './CaseFiles';
import type { CaseLabels } from './caseLabels';
import type { Opened } from './openCase';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

interface CaseReportProps {
  slug: string;
  record: CaseRecord;
  content: Opened<ReportContent>;
  reportKey: Uint8Array | null;
  sodium: SodiumLib;
  labels: CaseLabels;
  questions: readonly ChannelQuestion[];
  institutionName: (id: string) => string | null;
}

/** What the whistle-blower wrote, decrypted: type, institution, when, where, description, answers, files. */
export function CaseReport(props: CaseReportProps) {
  const { t } = useTranslation('integrity');
  const { content, labels } = props;
  if (!content.ok)
    return (
      <Alert color="red" title={t('case.report.title')} role="alert" data-testid="case-content-error">
        {t(`failure.${content.failure}`)}
      </Alert>
    );
  const report = content.value;
  const institution = report.institutionId
    ? (props.institutionName(report.institutionId) ?? t('case.report.institutionUnknown'))
    : report.institutionOther
      ? t('case.report.institutionNotListed', { name: report.institutionOther })
      : '—';
  const questionIds = new Set(props.questions.map((question) => question.id));
  const answered = props.questions.filter((question) => report.answers[question.id]);
  // answers to questions the channel has since removed are still the whistle-blower's words
  const orphans = Object.entries(report.answers).filter(([id, answer]) => answer && !questionIds.has(id));
  const answerText = (question: ChannelQuestion, answer: string) =>
    question.kind === 'choice'
      ? labels.text(question.options?.find((option) => option.value === answer)?.label) || answer
      : answer;

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('case.report.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Field label={t('case.report.type')}>{labels.type(report.type)}</Field>
          <Field label={t('case.report.institution')}>{institution}</Field>
          <Field label={t('case.report.when')}>{report.when || '—'}</Field>
          <Field label={t('case.report.where')}>{report.where || '—'}</Field>
        </SimpleGrid>
        <Field label={t('case.report.description')} testId="case-description">
          {report.description || '—'}
        </Field>
        {answered.map((question) => (
          <Field key={question.id} label={labels.text(question.label) || question.id}>
            {answerText(question, report.answers[question.id])}
          </Field>
        ))}
        {orphans.map(([id, answer]) => (
          <Field key={id} label={id}>
            {answer}
          </Field>
        ))}
        <Field label={t('case.report.language')}>
          {WORKSPACE_LANGUAGE_NAMES[report.language] ?? (report.language || '—')}
        </Field>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('case.files.title')}
          </Text>
          <CaseFiles
            slug={props.slug}
            record={props.record}
            described={report.files}
            reportKey={props.reportKey}
            sodium={props.sodium}
          />
        </Stack>
      </Stack>
    </Card>
  );
}
