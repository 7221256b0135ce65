import { Alert, Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorOf } from '../../app/errors';
import { useErrorText } from '../assess/useErrorText';
import { useInvalidateMonitoring } from './setup/monitoringMetadataQueries';

/** What the Monitor definition forms (setup, results, indicators) share: saving, code and name, buttons. */

/** A write that refreshes the Monitor area, says `saved`, and splits "field: message" errors out. */
export function useMonitoringSave<Input, Fields extends string>(options: {
  slug: string;
  fields: readonly Fields[];
  mutationFn: (input: Input) => Promise<unknown>;
  saved: string;
  onDone: () => void;
}) {
  const errorMessage = useErrorText();
  const invalidate = useInvalidateMonitoring(options.slug);
  const save = useMutation({
    mutationFn: options.mutationFn,
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: options.saved });
      options.onDone();
    },
  });
  const fieldError = fieldErrorOf(save.error, options.fields);
  const errorOf = (field: Fields) => (fieldError?.field === field ? fieldError.message : null);
  const detailError = save.error && !fieldError ? errorMessage(save.error) : null;
  return { save, errorOf, detailError };
}

/** A code and a name (or title) as typed; `filled` once both have more than spaces. */
export function useCodeName(code: string | undefined, name: string | undefined) {
  const [codeText, setCode] = useState(code ?? '');
  const [nameText, setName] = useState(name ?? '');
  return {
    code: codeText,
    setCode,
    name: nameText,
    setName,
    filled: Boolean(codeText.trim() && nameText.trim()),
  };
}

/** The required code (left to right) and name side by side. */
export function CodeNameInputs(props: {
  value: ReturnType<typeof useCodeName>;
  labels: { code: string; codeHelp?: string; name: string };
  errors: { code: string | null; name: string | null };
}) {
  const { value, labels, errors } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        label={labels.code}
        description={labels.codeHelp}
        required
        dir="ltr"
        value={value.code}
        onChange={(event) => value.setCode(event.currentTarget.value)}
        error={errors.code}
      />
      <TextInput
        label={labels.name}
        required
        value={value.name}
        onChange={(event) => value.setName(event.currentTarget.value)}
        error={errors.name}
      />
    </SimpleGrid>
  );
}

/** The error that belongs to no field, then Cancel and Save. */
export function FormButtons(props: { busy: boolean; error: string | null; onCancel: () => void }) {
  const { t } = useTranslation(['translation']);
  return (
    <>
      {props.error && <Alert color="red">{props.error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {t('translation:common.cancel')}
        </Button>
        <Button type="submit" loading={props.busy}>
          {t('translation:common.save')}
        </Button>
      </Group>
    </>
  );
}
