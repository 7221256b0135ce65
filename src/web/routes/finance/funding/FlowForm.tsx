import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_KINDS, odaEligibility, PURPOSE_CODE_LIST } from '../../../../core/finance/codes';
import { fieldErrorOf } from '../../../app/errors';
import { useErrorText } from '../../assess/useErrorText';
import type { Flow, Funder, NewFlow } from './fundingApi';
import { OdaBadge } from './OdaBadge';
import { PlanItemSelect } from './PlanItemSelect';

const FIELDS = [
  'funderId',
  'kind',
  'amount',
  'currency',
  'flowDate',
  'purposeCode',
  'planItemId',
  'recipientActorId',
  'toFunderId',
  'description',
] as const;

/**
 * Record or change a flow. A flow imported from IATI is the donor's own record: only the plan item it
 * funds can change here.
 */
export function FlowForm(props: {
  slug: string;
  flow: Flow | null;
  funders: Funder[];
  actors: { id: string; name: string }[];
  defaultCurrency: string;
  busy: boolean;
  error: unknown;
  onSubmit: (input: NewFlow) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('funding');
  const { t: tFinance } = useTranslation('finance');
  const { t: tRoot } = useTranslation();
  const errorMessage = useErrorText();
  const flow = props.flow;
  const imported = flow?.iatiActivityId != null;
  const [funderId, setFunderId] = useState<string | null>(flow?.funderId ?? null);
  const [kind, setKind] = useState<string | null>(flow?.kind ?? 'commitment');
  const [amount, setAmount] = useState<string | number>(flow?.amount ?? '');
  const [currency, setCurrency] = useState(flow?.currency ?? props.defaultCurrency);
  const [flowDate, setFlowDate] = useState(flow?.flowDate ?? '');
  const [purposeCode, setPurposeCode] = useState<string | null>(flow?.purposeCode ?? null);
  const [planItemId, setPlanItemId] = useState<string | null>(flow?.planItemId ?? null);
  const [recipientActorId, setRecipient] = useState<string | null>(flow?.recipientActorId ?? null);
  const [toFunderId, setToFunderId] = useState<string | null>(flow?.toFunderId ?? null);
  const [description, setDescription] = useState(flow?.description ?? '');
  const [missing, setMissing] = useState(false);
  const fieldError = fieldErrorOf(props.error, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) =>
    fieldError?.field === field ? fieldError.message : null;
  const required = (value: unknown) =>
    missing && (value === null || value === '') ? tRoot('common.required') : null;
  const funds = props.funders.filter(
    (funder) => (funder.type === 'pooled_fund' || funder.type === 'trust_fund') && funder.id !== funderId,
  );
  const codes = [
    ...PURPOSE_CODE_LIST,
    ...(purposeCode && !PURPOSE_CODE_LIST.includes(purposeCode as never) ? [purposeCode] : []),
  ];

  const chooseFunder = (id: string | null) => {
    setFunderId(id);
    const chosen = props.funders.find((funder) => funder.id === id);
    if (!flow && chosen?.defaultCurrency) setCurrency(chosen.defaultCurrency);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!funderId || !kind || amount === '' || !currency || !flowDate) {
      setMissing(true);
      return;
    }
    props.onSubmit({
      funderId,
      kind: kind as NewFlow['kind'],
      amount: Number(amount),
      currency: currency.trim().toUpperCase(),
      flowDate,
      purposeCode,
      planItemId,
      recipientActorId,
      toFunderId,
      description: description.trim() || null,
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {imported && <Alert color="blue">{t('flows.importedHelp')}</Alert>}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('flows.funder')}
            data={props.funders.map((funder) => ({ value: funder.id, label: funder.name }))}
            value={funderId}
            onChange={chooseFunder}
            disabled={imported}
            searchable
            required
            error={required(funderId) ?? errorOf('funderId')}
          />
          <Select
            label={t('flows.kind')}
            data={FLOW_KINDS.map((code) => ({ value: code, label: tFinance(`flowKind.${code}`) }))}
            value={kind}
            onChange={setKind}
            disabled={imported}
            allowDeselect={false}
            required
            error={errorOf('kind')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <NumberInput
            label={t('flows.amount')}
            value={amount}
            onChange={setAmount}
            min={0}
            thousandSeparator=" "
            disabled={imported}
            required
            error={required(amount) ?? errorOf('amount')}
          />
          <TextInput
            label={tFinance('currency')}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
            maxLength={3}
            dir="ltr"
            disabled={imported}
            required
            error={required(currency) ?? errorOf('currency')}
          />
          <TextInput
            type="date"
            label={t('flows.date')}
            value={flowDate}
            onChange={(event) => setFlowDate(event.currentTarget.value)}
            disabled={imported}
            required
            error={required(flowDate) ?? errorOf('flowDate')}
          />
        </SimpleGrid>
        <Select
          label={t('flows.purposeCode')}
          placeholder={t('flows.noPurposeCode')}
          data={codes.map((code) => ({
            value: code,
            label: `${code} ${t(`purposeCodes.${code}`, { defaultValue: '' })}`,
          }))}
          renderOption={({ option }) => (
            <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
              <span>{option.label}</span>
              <OdaBadge status={odaEligibility(option.value)} />
            </Group>
          )}
          value={purposeCode}
          onChange={setPurposeCode}
          disabled={imported}
          searchable
          clearable
          error={errorOf('purposeCode')}
        />
        {purposeCode && (
          <Group gap="xs">
            <OdaBadge status={odaEligibility(purposeCode)} />
          </Group>
        )}
        <PlanItemSelect
          slug={props.slug}
          planId={flow?.planId ?? null}
          value={planItemId}
          onChange={setPlanItemId}
          error={errorOf('planItemId')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('flows.recipient')}
            placeholder={t('flows.noRecipient')}
            data={props.actors.map((actor) => ({ value: actor.id, label: actor.name }))}
            value={recipientActorId}
            onChange={setRecipient}
            disabled={imported}
            searchable
            clearable
            error={errorOf('recipientActorId')}
          />
          <Select
            label={t('flows.toFund')}
            description={t('flows.toFundHelp')}
            placeholder={t('flows.noFund')}
            data={funds.map((fund) => ({ value: fund.id, label: fund.name }))}
            value={toFunderId}
            onChange={setToFunderId}
            disabled={imported}
            clearable
            error={errorOf('toFunderId')}
          />
        </SimpleGrid>
        <TextInput
          label={t('flows.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          maxLength={2000}
          disabled={imported}
          error={errorOf('description')}
        />
        {props.error && !fieldError ? <Alert color="red">{errorMessage(props.error)}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {tRoot('common.cancel')}
          </Button>
          <Button type="submit" loading={props.busy}>
            {tRoot('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
