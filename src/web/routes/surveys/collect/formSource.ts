import type { SurveyForm } from '../../../../core/survey/types';
import { ApiError, apiRequest, NetworkError } from '../../../api/http';
import { collectStore } from './outboxSender';

/** A form to fill, as the server sent it or as this device saved it the last time it was opened. */
export interface FormToFill {
  title: string;
  form: SurveyForm;
  today: string;
  /** `open` unless the server said otherwise (a public form is only served while open). */
  status: string;
  /** Set when the server could not be reached and the device's copy is used (its save time). */
  savedAt: string | null;
}

/**
 * Fetches a form and saves it on the device; without a connection, falls back to the saved copy, so a
 * form opened once keeps opening while offline. An answer from the server (404, 403) is not
 * overridden by the saved copy.
 */
export async function loadFormToFill(
  scope: string,
  fetchForm: () => Promise<{ title: string; form: SurveyForm; today: string; status?: string }>,
): Promise<FormToFill> {
  try {
    const fetched = await fetchForm();
    const savedAt = new Date().toISOString();
    await collectStore
      .putForm({ scope, title: fetched.title, form: fetched.form, today: fetched.today, savedAt })
      .catch(() => undefined); // no IndexedDB: the form still works while the page stays open
    return { ...fetched, status: fetched.status ?? 'open', savedAt: null };
  } catch (error) {
    if (!(error instanceof NetworkError) && !(error instanceof ApiError && error.status >= 500)) throw error;
    const saved = await collectStore.getForm(scope).catch(() => undefined);
    if (!saved) throw error;
    return {
      title: saved.title,
      form: saved.form,
      today: saved.today,
      status: 'open',
      savedAt: saved.savedAt,
    };
  }
}

export function fetchJson<T>(path: string): () => Promise<T> {
  return () => apiRequest<T>('GET', path);
}
