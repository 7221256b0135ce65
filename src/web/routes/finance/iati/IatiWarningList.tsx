import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type IatiWarning, warningKey } from './iatiApi';

const SHOWN = 20;

/** Warnings of an import in the reader's language, the first twenty, then how many more. */
export function IatiWarningList(props: { warnings: readonly IatiWarning[]; total: number }) {
  const { t } = useTranslation(['iati', 'iatiWarnings']);
  if (props.total === 0) return null;
  return (
    <>
      <List size="sm" spacing={2}>
        {props.warnings.slice(0, SHOWN).map((warning, i) => (
          // warnings have no identity of their own; their order is the file's
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <List.Item key={i}>{t(warningKey(warning), { ...warning.params, line: warning.line })}</List.Item>
        ))}
      </List>
      {props.total > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('iati:upload.moreWarnings', { count: props.total - Math.min(SHOWN, props.warnings.length) })}
        </Text>
      )}
    </>
  );
}
