import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WHOLE_BADGE_STYLES } from '../../../app/wideLayout';

const COLOURS = { yes: 'green', partly: 'yellow', unknown: 'gray' } as const;

/** Whether a purpose code counts as ODA: in full, in part (some of it may not count), or not known. */
export function OdaBadge({ status }: { status: 'yes' | 'partly' | 'unknown' }) {
  const { t } = useTranslation('funding');
  return (
    <Tooltip label={t(`oda.${status}Help`)} multiline w={260}>
      <Badge size="xs" variant="light" color={COLOURS[status]} styles={WHOLE_BADGE_STYLES}>
        {t(`oda.${status}`)}
      </Badge>
    </Tooltip>
  );
}
