import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SodiumLib } from '../../../../core/integrity/crypto';
import { formatDate } from '../../../app/format';
import { ErrorAlert, PageLoader } from '../../../app/status';
import { useCurrentWorkspace } from '../../workspaces/workspaceContext';
import { resealIdentityKey } from '../cases/openCase';
import { useErrorText } from '../cases/useErrorText';
import { useSodium } from '../cases/useSodium';
import { type CustodianRequest, useDecideIdentityRequest, useIdentityRequestsQuery } from '../integrityApi';
import { UnlockKeyPanel } from '../key/UnlockKeyPanel';
import { type UnlockedKey, useUnlockedKey } from '../keyring';

const STATUS_COLORS = { pending: 'yellow', approved: 'teal', refused: 'red' } as const;

/**
 * Integrity → Identity requests (identity custodians): a handler's request to learn who the
 * whistle-blower of a confidential case is. Approving opens the custodian's copy of the identity key
 * in this browser and seals it to the requesting handler; refusing sends nothing.
 */
export function IdentityRequestsTab() {
  const { t } = useTranslation('integrity');
  const { workspace } = useCurrentWorkspace();
  const slug = workspace.slug;
  const unlocked = useUnlockedKey(slug);
  const requests = useIdentityRequestsQuery(slug, true);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        {t('identity.intro')}
      </Text>
      <Stack gap="xs" maw={520}>
        {!unlocked && <Text size="sm">{t('identity.locked')}</Text>}
        <UnlockKeyPanel slug={slug} />
      </Stack>
      {requests.isPending && <PageLoader />}
      {requests.isError && <ErrorAlert error={requests.error} />}
      {requests.data && (
        <>
          <Title order={2} size="h4">
            {t('identity.pending')}
          </Title>
          {requests.data.pending.length === 0 && (
            <Text size="sm" data-testid="identity-none-pending">
              {t('identity.nonePending')}
            </Text>
          )}
          {requests.data.pending.map((request) => (
            <PendingRequest key={request.id} slug={slug} request={request} unlocked={unlocked} />
          ))}
          <Title order={2} size="h4">
            {t('identity.decided')}
          </Title>
          {requests.data.decided.length === 0 && <Text size="sm">{t('identity.noneDecided')}</Text>}
          {requests.data.decided.map((request) => (
            <RequestCard key={request.id} request={request} />
          ))}
        </>
      )}
    </Stack>
  );
}

function RequestCard({ request, children }: { request: CustodianRequest; children?: ReactNode }) {
  const { t } = useTranslation('integrity');
  return (
    <Card withBorder padding="sm" data-testid={`identity-request-${request.caseNumber}`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('cases.number', { number: request.caseNumber })}
          </Text>
          <Badge variant="light" color={STATUS_COLORS[request.status]}>
            {t(`requestStatus.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('case.identity.requestedBy', {
            name: request.requestedBy.name,
            date: formatDate(request.createdAt),
          })}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
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
        {children}
      </Stack>
    </Card>
  );
}

function PendingRequest({
  slug,
  request,
  unlocked,
}: {
  slug: string;
  request: CustodianRequest;
  unlocked: UnlockedKey | null;
}) {
  const { t } = useTranslation('integrity');
  const describeError = useErrorText();
  const { sodium } = useSodium();
  const decide = useDecideIdentityRequest(slug);
  const [problem, setProblem] = useState<string | null>(null);
  const requesterKey = request.requester?.publicKey ?? null;
  const cannotApprove = !request.sealedIdentityKey
    ? t('identity.noKeyForCase')
    : !requesterKey
      ? t('identity.requesterGone')
      : null;

  const approve = (lib: SodiumLib, key: UnlockedKey) => {
    if (!request.sealedIdentityKey || !requesterKey) return;
    setProblem(null);
    let sealedKey: string;
    try {
      sealedKey = resealIdentityKey(lib, request.sealedIdentityKey, key.pair, requesterKey);
    } catch {
      setProblem(t('failure.cannot-decrypt'));
      return;
    }
    decide.mutate({ requestId: request.id, body: { decision: 'approve', sealedKey } });
  };

  return (
    <RequestCard request={request}>
      {cannotApprove && (
        <Text size="xs" c="orange">
          {cannotApprove}
        </Text>
      )}
      {(problem || decide.isError) && (
        <Alert color="red" p="xs" role="alert">
          {problem ?? describeError(decide.error)}
        </Alert>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!unlocked || !sodium || cannotApprove !== null}
          loading={decide.isPending && decide.variables?.body.decision === 'approve'}
          onClick={() => sodium && unlocked && approve(sodium, unlocked)}
          data-testid={`identity-approve-${request.caseNumber}`}
        >
          {t('identity.approve')}
        </Button>
        <Button
          size="xs"
          variant="light"
          color="red"
          loading={decide.isPending && decide.variables?.body.decision === 'refuse'}
          onClick={() => decide.mutate({ requestId: request.id, body: { decision: 'refuse' } })}
          data-testid={`identity-refuse-${request.caseNumber}`}
        >
          {t('identity.refuse')}
        </Button>
      </Group>
    </RequestCard>
  );
}
