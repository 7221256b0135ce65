import { type FormEvent, useState } from 'react';
import type { ReportContent } from '../../core/integrity/types';
import { IntakeHttpError, type PublicChannel } from './api';
import { type EvidenceFile, EvidenceFiles } from './EvidenceFiles';
import { requestProblem } from './errors';
import { describedBy, Field } from './Field';
import { type IdentityDraft, IdentityFields } from './IdentityFields';
import { type IntakeLanguage, localized, type Translate } from './messages';
import { QuestionInput } from './QuestionInput';
import { ReceiptScreen } from './ReceiptScreen';
import { CryptoUnavailableError, encryptAndSend, type SendStep } from './send-report';

const OTHER_INSTITUTION = '__other';

interface Draft {
  type: string;
  institution: string;
  institutionOther: string;
  when: string;
  where: string;
  description: string;
  answers: Record<string, string>;
}
const EMPTY: Draft = {
  type: '',
  institution: '',
  institutionOther: '',
  when: '',
  where: '',
  description: '',
  answers: {},
};
const NO_IDENTITY: IdentityDraft = { mode: 'anonymous', name: '', contact: '' };

type Errors = Partial<Record<string, string>>;

function problemsOf(draft: Draft, identity: IdentityDraft, channel: PublicChannel, t: Translate): Errors {
  const errors: Errors = {};
  if (!draft.type) errors.type = t('errors.typeRequired');
  if (draft.institution === OTHER_INSTITUTION && !draft.institutionOther.trim())
    errors.institutionOther = t('errors.institutionOtherRequired');
  if (!draft.description.trim()) errors.description = t('errors.descriptionRequired');
  for (const question of channel.channel.questions)
    if (question.required && !draft.answers[question.id]?.trim())
      errors[`question-${question.id}`] = t('errors.answerRequired');
  if (identity.mode !== 'anonymous' && !identity.name.trim()) errors.name = t('errors.nameRequired');
  return errors;
}

export function ReportForm(props: {
  slug: string;
  channel: PublicChannel;
  language: IntakeLanguage;
  t: Translate;
}) {
  const { slug, channel, language, t } = props;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [identity, setIdentity] = useState<IdentityDraft>(NO_IDENTITY);
  const [files, setFiles] = useState<EvidenceFile[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [step, setStep] = useState<SendStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  if (receipt)
    return (
      <ReceiptScreen
        receipt={receipt}
        t={t}
        onDone={() => {
          setReceipt(null);
          setDraft(EMPTY);
          setIdentity(NO_IDENTITY);
          setFiles([]);
        }}
      />
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step) return;
    const found = problemsOf(draft, identity, channel, t);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0 || files.some((file) => !file.bytes)) {
      setFailure(t('errors.fixFields'));
      return;
    }
    const content: ReportContent = {
      type: draft.type,
      institutionId: draft.institution && draft.institution !== OTHER_INSTITUTION ? draft.institution : null,
      institutionOther: draft.institution === OTHER_INSTITUTION ? draft.institutionOther.trim() : '',
      when: draft.when.trim(),
      where: draft.where.trim(),
      description: draft.description.trim(),
      answers: Object.fromEntries(
        Object.entries(draft.answers).filter(
          ([id, answer]) => answer.trim() && channel.channel.questions.some((q) => q.id === id),
        ),
      ),
      files: files.map((file) => ({
        name: file.name,
        type: file.type,
        size: file.bytes?.length ?? 0,
        metadataRemoved: file.status === 'removed',
      })),
      language,
    };
    try {
      const sent = await encryptAndSend({
        slug,
        channel,
        content,
        identity: {
          mode: identity.mode,
          content:
            identity.mode === 'anonymous'
              ? null
              : { name: identity.name.trim(), contact: identity.contact.trim() },
        },
        files: files.map((file) => file.bytes as Uint8Array),
        onStep: setStep,
      });
      setReceipt(sent);
    } catch (error) {
      if (error instanceof CryptoUnavailableError) setFailure(t('errors.crypto'));
      // a second receipt collision: refused like any other report the server would not take
      else if (error instanceof IntakeHttpError && error.status === 409) setFailure(t('errors.rejected'));
      else setFailure(requestProblem(error, t));
    } finally {
      setStep(null);
    }
  }

  const typeLabel = (option: PublicChannel['channel']['reportTypes'][number]) =>
    option.label ? localized(option.label, language) : t(`types.${option.code}`);

  return (
    <form className="intake-form" noValidate onSubmit={submit}>
      <p className="intake-intro" dir="auto">
        {localized(channel.channel.intro, language)}
      </p>
      <p className="intake-note">{t('privacy')}</p>
      <p className="intake-note">
        {t('deadlines', {
          acknowledgeDays: channel.channel.acknowledgeDays,
          feedbackDays: channel.channel.feedbackDays,
        })}
      </p>

      <Field
        id="intake-type"
        label={t('fields.type')}
        required
        requiredLabel={t('required')}
        error={errors.type}
      >
        <select
          id="intake-type"
          data-testid="intake-type"
          value={draft.type}
          aria-invalid={errors.type ? true : undefined}
          aria-describedby={describedBy('intake-type', undefined, errors.type)}
          onChange={(event) => set({ type: event.target.value })}
        >
          <option value="">{t('fields.typeChoose')}</option>
          {channel.channel.reportTypes.map((option) => (
            <option key={option.code} value={option.code}>
              {typeLabel(option)}
            </option>
          ))}
        </select>
      </Field>

      <Field id="intake-institution" label={t('fields.institution')}>
        <select
          id="intake-institution"
          data-testid="intake-institution"
          value={draft.institution}
          onChange={(event) => set({ institution: event.target.value })}
        >
          <option value="">{t('fields.institutionChoose')}</option>
          {channel.institutions.map((institution) => (
            <option key={institution.id} value={institution.id}>
              {institution.name}
            </option>
          ))}
          <option value={OTHER_INSTITUTION}>{t('fields.institutionOther')}</option>
        </select>
      </Field>
      {draft.institution === OTHER_INSTITUTION && (
        <Field
          id="intake-institution-other"
          label={t('fields.institutionOtherName')}
          error={errors.institutionOther}
        >
          <input
            id="intake-institution-other"
            data-testid="intake-institution-other"
            value={draft.institutionOther}
            aria-invalid={errors.institutionOther ? true : undefined}
            aria-describedby={describedBy('intake-institution-other', undefined, errors.institutionOther)}
            onChange={(event) => set({ institutionOther: event.target.value })}
          />
        </Field>
      )}

      <Field id="intake-when" label={t('fields.when')} hint={t('fields.whenHint')}>
        <input
          id="intake-when"
          data-testid="intake-when"
          value={draft.when}
          aria-describedby="intake-when-hint"
          onChange={(event) => set({ when: event.target.value })}
        />
      </Field>
      <Field id="intake-where" label={t('fields.where')}>
        <input
          id="intake-where"
          data-testid="intake-where"
          value={draft.where}
          onChange={(event) => set({ where: event.target.value })}
        />
      </Field>
      <Field
        id="intake-description"
        label={t('fields.description')}
        hint={t('fields.descriptionHint')}
        required
        requiredLabel={t('required')}
        error={errors.description}
      >
        <textarea
          id="intake-description"
          data-testid="intake-description"
          rows={8}
          value={draft.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('intake-description', 'hint', errors.description)}
          onChange={(event) => set({ description: event.target.value })}
        />
      </Field>

      {channel.channel.questions.map((question) => (
        <QuestionInput
          key={question.id}
          question={question}
          value={draft.answers[question.id] ?? ''}
          error={errors[`question-${question.id}`]}
          language={language}
          t={t}
          onChange={(answer) =>
            setDraft((current) => ({ ...current, answers: { ...current.answers, [question.id]: answer } }))
          }
        />
      ))}

      <EvidenceFiles
        files={files}
        onChange={setFiles}
        maxFiles={channel.channel.maxFiles}
        maxEncryptedBytes={channel.channel.maxFileBytes}
        language={language}
        t={t}
      />

      <IdentityFields value={identity} onChange={setIdentity} nameError={errors.name} t={t} />

      {failure && (
        <p className="intake-alert" role="alert" data-testid="intake-submit-error">
          {failure}
        </p>
      )}
      <button type="submit" className="intake-primary" data-testid="intake-submit" disabled={step !== null}>
        {step ? t(`progress.${step}`) : t('submit')}
      </button>
      {step && (
        <p className="intake-progress" role="status" data-testid="intake-progress">
          {t(`progress.${step}`)}
        </p>
      )}
    </form>
  );
}
