import { Alert, Badge, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Says that M2 scores over three or more dimensions come from Custodes' averaging rule, not the
 * official PEFA conversion table (see `pefaM2IsDerived` in core/assessment/pefa.ts).
 */
export function PefaDerivedNote() {
  const { t } = useTranslation('assess');
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid="pefa-derived-note">
      <Text size="sm">
        <span aria-hidden="true">* </span>
        {t('frameworks.derivedNote')}
      </Text>
    </Alert>
  );
}

/** The asterisk beside a score the derived rule produced, explained on hover and to screen readers. */
export function PefaDerivedMark() {
  const { t } = useTranslation('assess');
  const label = t('frameworks.derivedMark');
  return (
    <Tooltip label={label} multiline maw={280}>
      <Text span c="yellow.9" fw={700} aria-label={label} data-testid="pefa-derived-mark">
        *
      </Text>
    </Tooltip>
  );
}

/** The badge a framework view puts on an M2 indicator the derived rule scores. */
export function PefaDerivedBadge() {
  const { t } = useTranslation('assess');
  return (
    <Tooltip label={t('frameworks.derivedMark')} multiline maw={280}>
      <Badge size="xs" color="yellow" variant="light" style={{ flexShrink: 0 }}>
        {t('frameworks.derivedRule')}*
      </Badge>
    </Tooltip>
  );
}
