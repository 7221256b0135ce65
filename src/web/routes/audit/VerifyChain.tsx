import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { formatNumber } from '../../app/format';
import { ErrorAlert } from '../../app/status';

/** Asks the server to recompute the audit hash chain and reports the first broken link, if any. */
export function VerifyChain({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.verifyAudit(slug), meta: { readOnly: true } });
  const result = verify.data;

  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verifyChain')}
        </Button>
      </Group>
      <div aria-live="polite">
        {verify.isError && <ErrorAlert error={verify.error} />}
        {result?.ok && (
          <Alert color="green" data-testid="audit-verify-result">
            {t('audit.chainIntact', { checked: formatNumber(result.checked) })}
            {!result.headSealed && ` ${t('audit.headUnsealed')}`}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" title={t('audit.chainBrokenTitle')} data-testid="audit-verify-result">
            {result.firstBroken
              ? t('audit.chainBrokenAt', {
                  seq: result.firstBroken.seq,
                  reason: t(`audit.breaks.${result.firstBroken.code}`),
                })
              : t('audit.chainBroken')}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
