import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityContent } from '../../../../core/integrity/types';
import { useMe } from '../../../api/queries';
import { formatDate } from '../../../app/format';
import type { CaseIdentityRequest, CaseRecord, useCaseWrites } from '../integrityApi';
import type { Opened } from './openCase';
import { useErrorText } from './useErrorText';

const REASON_MAX = 500;
const REQUEST_COLORS = { pending: 'yellow', approved: 'teal', refused: 'red' } as const;

interface CaseIdentityProps {
  record: CaseRecord;
  identity: Opened<IdentityContent> | null;
  requestIdentity: ReturnType<typeof useCaseWrites>['requestIdentity'];
}

/**
 * Who the whistle-blower is, when the reader may know: anonymous, shown (open, or a custodian
 * approved), or withheld with the way to ask the identity custodians and the answers so far.
 */
export function CaseIdentity({ record, identity, requestIdentity }: CaseIdentityProps) {
  const { t } = useTranslation('integrity');
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('case.identity.title')}
        </Title>
        {record.identityMode === 'anonymous' && <Text size="sm">{t('case.identity.anonymous')}</Text>}
        {identity && !identity.ok && (
          <Alert color="red" role="alert">
            {t(`failure.${identity.failure}`)}
          </Alert>
        )}
        {identity?.ok && (
          <Stack gap={2} data-testid="case-identity">
            <Text size="sm">
              <Text span fw={600}>
                {t('case.identity.name')}:
              </Text>{' '}
              {identity.value.name || '—'}
            </Text>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600}>
                {t('case.identity.contact')}:
              </Text>{' '}
              {identity.value.contact || '—'}
            </Text>
            <Text size="xs" c="dimmed">
              {record.identityMode === 'open'
                ? t('case.identity.openHint')
                : t('case.identity.confidentialHint')}
            </Text>
          </Stack>
        )}
        {record.identityWithheld && !identity?.ok && (
          <WithheldIdentity record={record} requestIdentity={requestIdentity} />
        )}
      </Stack>
    </Card>
  );
}

function WithheldIdentity({ record, requestIdentity }: Omit<CaseIdentityProps, 'identity'>) {
  const { t } = useTranslation('integrity');
  const describeError = useErrorText();
  const me = useMe();
  const [reason, setReason] = useState('');
  const userId = me.data?.user.id;
  const mine = record.identityRequests.filter((request) => request.requestedBy.id === userId);
  const pending = mine.some((request) => request.status === 'pending');
  const canAsk = !record.purgedAt && !pending;

  return (
    <Stack gap="sm">
      <Text size="sm">{t('case.identity.withheld')}</Text>
      {record.identityRequests.length > 0 && (
        <Stack gap={6} data-testid="case-identity-requests">
          {record.identityRequests.map((request) => (
            <RequestLine key={request.id} request={request} />
          ))}
        </Stack>
      )}
      {canAsk && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            requestIdentity.mutate(reason.trim(), { onSuccess: () => setReason('') });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('case.identity.reason')}
              description={t('case.identity.reasonHint')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              maxLength={REASON_MAX}
              autosize
              minRows={2}
              required
              data-testid="case-identity-reason"
            />
            {requestIdentity.isError && (
              <Alert color="red" role="alert">
                {describeError(requestIdentity.error)}
              </Alert>
            )}
            <Group>
              <Button
                type="submit"
                variant="light"
                loading={requestIdentity.isPending}
                disabled={reason.trim() === ''}
                data-testid="case-identity-request"
              >
                {t('case.identity.request')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {pending && (
        <Text size="sm" c="dimmed">
          {t('case.identity.pendingMine')}
        </Text>
      )}
    </Stack>
  );
}

function RequestLine({ request }: { request: CaseIdentityRequest }) {
  const { t } = useTranslation('integrity');
  return (
    <Stack gap={0}>
      <Group gap="xs">
        <Badge size="sm" variant="light" color={REQUEST_COLORS[request.status]}>
          {t(`requestStatus.${request.status}`)}
        </Badge>
        <Text size="sm">
          {t('case.identity.requestedBy', {
            name: request.requestedBy.name,
            date: formatDate(request.createdAt),
          })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {request.reason}
      </Text>
      {request.decidedBy && request.decidedAt && (
        <Text size="xs" c="dimmed">
          {t('case.identity.decidedBy', {
            name: request.decidedBy.name,
            date: formatDate(request.decidedAt),
          })}
        </Text>
      )}
    </Stack>
  );
}
