import { useEffect, useRef, useState } from 'react';
import { formatReceipt } from '../../core/integrity/crypto';
import type { Translate } from './messages';

/** The receipt, shown once, with the warning that it cannot be recovered and how to stay safe. */
export function ReceiptScreen(props: { receipt: string; onDone: () => void; t: Translate }) {
  const { receipt, t } = props;
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const canCopy = typeof navigator.clipboard?.writeText === 'function';
  useEffect(() => heading.current?.focus(), []);

  function copy() {
    navigator.clipboard.writeText(formatReceipt(receipt)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  return (
    <section className="intake-receipt-screen" aria-labelledby="intake-receipt-title">
      <h2 id="intake-receipt-title" ref={heading} tabIndex={-1}>
        {t('receipt.title')}
      </h2>
      <p>{t('receipt.intro')}</p>
      <p className="intake-receipt" data-testid="intake-receipt" dir="ltr">
        {formatReceipt(receipt)}
      </p>
      {/* the clipboard exists only on secure pages (HTTPS, localhost); elsewhere the receipt is written down */}
      {canCopy && (
        <button type="button" className="intake-secondary" data-testid="intake-receipt-copy" onClick={copy}>
          {copied ? t('receipt.copied') : t('receipt.copy')}
        </button>
      )}
      <p className="intake-warning" role="note">
        {t('receipt.warning')}
      </p>
      <h3>{t('receipt.adviceTitle')}</h3>
      <ul>
        <li>{t('receipt.adviceWindow')}</li>
        <li>{t('receipt.adviceDevice')}</li>
        <li>{t('receipt.adviceReturn')}</li>
      </ul>
      <button type="button" className="intake-primary" onClick={props.onDone}>
        {t('receipt.done')}
      </button>
    </section>
  );
}
