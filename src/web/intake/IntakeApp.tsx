import { useEffect, useState } from 'react';
import { loadSodium } from '../../core/integrity/crypto';
import { fetchChannel, IntakeHttpError, type PublicChannel, slugFromLocation } from './api';
import { LanguageBar } from './LanguageBar';
import {
  browserLanguage,
  directionOf,
  type IntakeLanguage,
  loadMessages,
  localized,
  type Translate,
  translator,
} from './messages';
import { ReportForm } from './ReportForm';
import { ReturnView } from './ReturnView';

type ChannelState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed' }
  | { state: 'ready'; channel: PublicChannel };

function useChannel(slug: string): ChannelState {
  const [channel, setChannel] = useState<ChannelState>({ state: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    if (!slug) {
      setChannel({ state: 'missing' });
      return;
    }
    fetchChannel(slug, abort.signal).then(
      (loaded) => setChannel({ state: 'ready', channel: loaded }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setChannel({
          state: error instanceof IntakeHttpError && error.status === 404 ? 'missing' : 'failed',
        });
      },
    );
    return () => abort.abort();
  }, [slug]);
  return channel;
}

/** The chosen language's messages; the previous language stays on screen while the next one loads. */
function useMessages(language: IntakeLanguage): Translate | null {
  const [t, setT] = useState<Translate | null>(null);
  useEffect(() => {
    let current = true;
    loadMessages(language).then((messages) => {
      if (!current) return;
      setT(() => translator(messages));
      document.documentElement.lang = language;
      document.documentElement.dir = directionOf(language);
      document.title = translator(messages)('title');
    });
    return () => {
      current = false;
    };
  }, [language]);
  return t;
}

export function IntakeApp() {
  const slug = slugFromLocation();
  const [language, setLanguage] = useState<IntakeLanguage>(browserLanguage);
  const [mode, setMode] = useState<'report' | 'return'>('report');
  const t = useMessages(language);
  const channel = useChannel(slug);

  // libsodium (about 150 KB) comes once the form is on screen, in the background
  const formShown = t !== null && channel.state === 'ready';
  useEffect(() => {
    if (formShown) loadSodium().catch(() => undefined); // submit asks again and reports the failure
  }, [formShown]);

  if (!t) return <p className="intake-loading">…</p>;
  return (
    <div className="intake">
      <LanguageBar language={language} onChange={setLanguage} label={t('languageLabel')} />
      <header className="intake-header">
        <h1>{channel.state === 'ready' ? localized(channel.channel.channel.name, language) : t('title')}</h1>
      </header>
      {channel.state === 'loading' && <p className="intake-loading">{t('loading')}</p>}
      {channel.state === 'missing' && (
        <p className="intake-alert" role="alert" data-testid="intake-no-channel">
          {t('noChannel')}
        </p>
      )}
      {channel.state === 'failed' && (
        <p className="intake-alert" role="alert">
          {t('loadFailed')}
        </p>
      )}
      {channel.state === 'ready' && (
        <main>
          <fieldset className="intake-modes">
            <legend className="intake-visually-hidden">{t('modes.label')}</legend>
            {(['report', 'return'] as const).map((each) => (
              <button
                key={each}
                type="button"
                className="intake-mode"
                aria-pressed={mode === each}
                data-testid={`intake-mode-${each}`}
                onClick={() => setMode(each)}
              >
                {t(`modes.${each}`)}
              </button>
            ))}
          </fieldset>
          {/* both stay mounted: switching does not lose a draft or a receipt on screen */}
          <div hidden={mode !== 'report'}>
            <ReportForm slug={slug} channel={channel.channel} language={language} t={t} />
          </div>
          <div hidden={mode !== 'return'}>
            <ReturnView slug={slug} channel={channel.channel} language={language} t={t} />
          </div>
        </main>
      )}
    </div>
  );
}
