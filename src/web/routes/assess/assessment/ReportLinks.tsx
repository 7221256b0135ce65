import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assessApi, type ReportFormat } from '../../../api/assessments';

/** The report as PDF or XLSX, in the interface language: plain links the browser downloads. */
export function ReportLinks({ slug, assessmentId }: { slug: string; assessmentId: string }) {
  const { t, i18n } = useTranslation('assess');
  return (
    <Group gap="xs" role="group" aria-label={t('report.label')}>
      {(['pdf', 'xlsx'] as ReportFormat[]).map((format) => (
        <Button
          key={format}
          component="a"
          href={assessApi.reportUrl(slug, assessmentId, format, i18n.language)}
          download
          variant="default"
          size="sm"
          data-testid={`report-${format}`}
        >
          {t(`report.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
