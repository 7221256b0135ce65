import type { Answers, SubmissionPayload, SurveyForm } from '../../../../core/survey/types';

/**
 * What the collection pages keep in the browser (IndexedDB), so a form opened once keeps working
 * without a connection. A `scope` names one form as one reader reaches it: `ws:<slug>:<surveyId>` for an
 * enumerator, `public:<slug>:<token>` for a public link.
 */

export interface StoredForm {
  scope: string;
  title: string;
  form: SurveyForm;
  /** The server's date when the form was fetched (YYYY-MM-DD), for `today()` while offline. */
  today: string;
  savedAt: string;
}

export interface Draft {
  /** The submission id, made when the draft starts: the same id goes to the server when it is finished. */
  id: string;
  scope: string;
  answers: Answers;
  startedAt: string;
  updatedAt: string;
}

/** Why the server refused a submission: shown to the enumerator, never dropped silently. */
export interface RefusalReason {
  status: number;
  code: string;
  /** The server's English message (shown when the code has no sentence of its own). */
  message: string;
  /** For answers the server found wrong: each problem with its question's path, translated on display. */
  problems: { path: string; code: string; params: Record<string, string | number> }[];
}

export interface OutboxItem {
  id: string;
  scope: string;
  /** Where the submission is posted (same origin). */
  postPath: string;
  payload: SubmissionPayload;
  queuedAt: string;
  attempts: number;
  lastTryAt: string | null;
  /** Set when the server answered 400 or 409: the item stays until the enumerator removes it. */
  refused: RefusalReason | null;
  /** The last temporary failure (offline, server unavailable), for display. */
  lastError: string | null;
}

/** The storage the outbox logic needs; IndexedDB in the browser, a Map in tests. */
export interface OutboxStore {
  listOutbox(scope?: string): Promise<OutboxItem[]>;
  putOutbox(item: OutboxItem): Promise<void>;
  deleteOutbox(id: string): Promise<void>;
}

export interface CollectStore extends OutboxStore {
  getForm(scope: string): Promise<StoredForm | undefined>;
  putForm(form: StoredForm): Promise<void>;
  listDrafts(scope: string): Promise<Draft[]>;
  getDraft(id: string): Promise<Draft | undefined>;
  putDraft(draft: Draft): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  /** Moves a draft to the outbox in one transaction, so a finished submission is never in both or neither. */
  finishDraft(draftId: string, item: OutboxItem): Promise<void>;
}

const DB_NAME = 'custodes-surveys';
const DB_VERSION = 1;
type StoreName = 'forms' | 'drafts' | 'outbox';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function completed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('forms', { keyPath: 'scope' });
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('scope', 'scope');
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('scope', 'scope');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function read<T>(name: StoreName, use: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  return promised(use(db.transaction(name, 'readonly').objectStore(name)));
}

async function write(names: StoreName[], use: (tx: IDBTransaction) => void): Promise<void> {
  const db = await openDatabase();
  const transaction = db.transaction(names, 'readwrite');
  use(transaction);
  await completed(transaction);
}

function byScope<T>(name: 'drafts' | 'outbox', scope?: string): Promise<T[]> {
  return read(name, (store) =>
    scope === undefined ? store.getAll() : store.index('scope').getAll(IDBKeyRange.only(scope)),
  ) as Promise<T[]>;
}

export const indexedDbStore: CollectStore = {
  getForm: (scope) => read('forms', (store) => store.get(scope)) as Promise<StoredForm | undefined>,
  putForm: (form) => write(['forms'], (tx) => tx.objectStore('forms').put(form)),
  listDrafts: (scope) => byScope<Draft>('drafts', scope),
  getDraft: (id) => read('drafts', (store) => store.get(id)) as Promise<Draft | undefined>,
  putDraft: (draft) => write(['drafts'], (tx) => tx.objectStore('drafts').put(draft)),
  deleteDraft: (id) => write(['drafts'], (tx) => tx.objectStore('drafts').delete(id)),
  listOutbox: (scope) => byScope<OutboxItem>('outbox', scope),
  putOutbox: (item) => write(['outbox'], (tx) => tx.objectStore('outbox').put(item)),
  deleteOutbox: (id) => write(['outbox'], (tx) => tx.objectStore('outbox').delete(id)),
  finishDraft: (draftId, item) =>
    write(['drafts', 'outbox'], (tx) => {
      tx.objectStore('drafts').delete(draftId);
      tx.objectStore('outbox').put(item);
    }),
};
