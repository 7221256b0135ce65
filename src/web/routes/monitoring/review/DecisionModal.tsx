import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECISIONS, type Decision } from '../../../../core/indicators/types';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import { type ReviewFlag, useDecideFlag } from './reviewQueries';

/** Record adjust / continue / drop with a reason on an open flag. */
export function DecisionModal({
  slug,
  flag,
  onClose,
}: {
  slug: string;
  flag: ReviewFlag | null;
  onClose: () => void;
}) {
  const { t } = useTranslation(['monitoringReview']);
  const errorText = useErrorText();
  const decide = useDecideFlag(slug);
  const [decision, setDecision] = useState<Decision>('adjust');
  const [reason, setReason] = useState('');
  const close = () => {
    decide.reset();
    setReason('');
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!flag) return;
    decide.mutate(
      { flagId: flag.id, body: { decision, reason } },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('review.saved') });
          close();
        },
      },
    );
  };
  const error = decide.error;
  const reasonError = fieldErrorOf(error, ['reason'] as const);
  return (
    <Modal opened={flag !== null} onClose={close} title={t('review.record')} size="lg">
      {flag && (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <Text size="sm" fw={500}>
              {flag.indicatorCode} — {flag.indicatorName} (
              {t('review.place', { orgUnit: flag.orgUnitName, period: flag.period })})
            </Text>
            <Radio.Group
              label={t('review.decisionLabel')}
              value={decision}
              onChange={(value) => setDecision(value as Decision)}
            >
              <Stack gap={6} mt={4}>
                {DECISIONS.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={t(`decision.${value}`)}
                    description={t(`decisionHelp.${value}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('review.reason')}
              description={t('review.reasonHelp')}
              required
              autosize
              minRows={3}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonError?.message}
            />
            {error && !reasonError && (
              <Text c="red" size="sm" role="alert">
                {errorText(error)}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={decide.isPending} disabled={reason.trim() === ''}>
                {t('review.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
