import { type FormEvent, useState } from 'react';
import { normaliseReceipt } from '../../core/integrity/crypto';
import type { PublicChannel } from './api';
import { requestProblem } from './errors';
import { describedBy, Field } from './Field';
import { formatDate, type IntakeLanguage, type Translate } from './messages';
import { CannotDecryptError, type OpenedReport, openReport, replyTo } from './open-report';
import { CryptoUnavailableError } from './send-report';

function problemText(error: unknown, t: Translate): string {
  if (error instanceof CannotDecryptError) return t('errors.cannotDecrypt');
  if (error instanceof CryptoUnavailableError) return t('errors.crypto');
  return requestProblem(error, t, 'errors.receiptUnknown');
}

/** Coming back with the receipt: the report's status, the whistle-blower's own words, the conversation, a reply. */
export function ReturnView(props: {
  slug: string;
  channel: PublicChannel;
  language: IntakeLanguage;
  t: Translate;
}) {
  const { slug, channel, language, t } = props;
  const [typed, setTyped] = useState('');
  const [receiptError, setReceiptError] = useState<string | undefined>();
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<OpenedReport | null>(null);

  async function open(event: FormEvent) {
    event.preventDefault();
    if (opening) return;
    const receipt = normaliseReceipt(typed);
    if (!receipt) {
      setReceiptError(t('errors.receiptFormat'));
      return;
    }
    setReceiptError(undefined);
    setOpening(true);
    try {
      setOpened(await openReport(slug, channel, receipt));
      setTyped('');
    } catch (error) {
      setReceiptError(problemText(error, t));
    } finally {
      setOpening(false);
    }
  }

  if (opened)
    return (
      <OpenedReportView
        slug={slug}
        opened={opened}
        onChange={setOpened}
        onClose={() => setOpened(null)}
        language={language}
        t={t}
      />
    );

  return (
    <form className="intake-form" noValidate onSubmit={open}>
      <p>{t('return.intro')}</p>
      <Field id="intake-receipt-input" label={t('return.receipt')} error={receiptError}>
        <input
          id="intake-receipt-input"
          data-testid="intake-receipt-input"
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          value={typed}
          aria-invalid={receiptError ? true : undefined}
          aria-describedby={describedBy('intake-receipt-input', undefined, receiptError)}
          onChange={(event) => setTyped(event.target.value)}
        />
      </Field>
      <button type="submit" className="intake-primary" data-testid="intake-open" disabled={opening}>
        {t('return.open')}
      </button>
      {opening && (
        <p className="intake-progress" role="status">
          {t('progress.opening')}
        </p>
      )}
    </form>
  );
}

function OpenedReportView(props: {
  slug: string;
  opened: OpenedReport;
  onChange: (opened: OpenedReport) => void;
  onClose: () => void;
  language: IntakeLanguage;
  t: Translate;
}) {
  const { slug, opened, language, t } = props;
  const { state } = opened;
  const [reply, setReply] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const canReply = !state.purged && state.status !== 'closed' && opened.reportKey !== null;
  const dates = (
    [
      ['received', state.receivedAt],
      ['acknowledged', state.acknowledgedAt],
      ['feedback', state.feedbackAt],
      ['closed', state.closedAt],
    ] as Array<[string, string | null]>
  ).flatMap(([key, at]) => (at ? [[key, at] as const] : []));

  async function send(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    setSent(false);
    if (!reply.trim()) {
      setProblem(t('errors.messageEmpty'));
      return;
    }
    setProblem(undefined);
    setSending(true);
    try {
      const message = await replyTo(slug, opened, reply.trim());
      props.onChange({ ...opened, messages: [...opened.messages, message] });
      setReply('');
      setSent(true);
    } catch (error) {
      setProblem(problemText(error, t));
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="intake-opened">
      <dl className="intake-dates">
        <dt>{t('return.status')}</dt>
        <dd data-testid="intake-status">{t(`statuses.${state.status}`)}</dd>
        {dates.map(([key, at]) => (
          <div key={key} className="intake-date">
            <dt>{t(`return.${key}`)}</dt>
            <dd>{formatDate(at, language)}</dd>
          </div>
        ))}
      </dl>
      {state.purged && <p className="intake-note">{t('return.purged')}</p>}
      {opened.content && (
        <>
          <h2>{t('return.yourReport')}</h2>
          <p className="intake-own-description" data-testid="intake-own-description" dir="auto">
            {opened.content.description}
          </p>
        </>
      )}
      {!state.purged && (
        <>
          <h2>{t('return.conversation')}</h2>
          {opened.messages.length === 0 && <p className="intake-note">{t('return.noMessages')}</p>}
          <ol className="intake-messages">
            {opened.messages.map((message) => (
              <li
                key={message.id}
                className={`intake-message intake-message-${message.author}`}
                data-testid="intake-message"
              >
                <p className="intake-message-meta">
                  {message.author === 'whistleblower' ? t('return.fromYou') : t('return.fromHandler')} ·{' '}
                  {formatDate(message.createdAt, language)}
                </p>
                <p className="intake-message-text" dir="auto">
                  {message.text}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      {canReply ? (
        <form className="intake-form" noValidate onSubmit={send}>
          <Field id="intake-reply" label={t('return.reply')} error={problem}>
            <textarea
              id="intake-reply"
              data-testid="intake-reply"
              rows={4}
              value={reply}
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy('intake-reply', undefined, problem)}
              onChange={(event) => setReply(event.target.value)}
            />
          </Field>
          <button type="submit" className="intake-primary" data-testid="intake-send" disabled={sending}>
            {t('return.send')}
          </button>
          {sent && (
            <p className="intake-progress" role="status">
              {t('return.sent')}
            </p>
          )}
        </form>
      ) : (
        state.status === 'closed' && !state.purged && <p className="intake-note">{t('errors.caseClosed')}</p>
      )}
      <button type="button" className="intake-secondary" onClick={props.onClose}>
        {t('return.close')}
      </button>
    </section>
  );
}
