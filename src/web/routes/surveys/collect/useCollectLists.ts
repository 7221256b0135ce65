import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Draft, OutboxItem } from './offlineStore';
import { changesVersion, collectStore, startSender, subscribeChanges } from './outboxSender';

/** The scope of a form an enumerator fills in a workspace (see offlineStore.ts). */
export function enumeratorScope(slug: string, surveyId: string): string {
  return `ws:${slug}:${surveyId}`;
}

/** The scope of a form filled through a public link. */
export function publicScope(slug: string, token: string): string {
  return `public:${slug}:${token}`;
}

/** Re-renders whenever drafts or the outbox change, in this tab or another. */
function useChangesVersion(): number {
  return useSyncExternalStore(subscribeChanges, changesVersion, changesVersion);
}

export interface CollectLists {
  drafts: Draft[];
  outbox: OutboxItem[];
  loaded: boolean;
}

/** The drafts and the finished-but-unsent submissions of one form on this device. */
export function useCollectLists(scope: string): CollectLists {
  const version = useChangesVersion();
  const [lists, setLists] = useState<CollectLists>({ drafts: [], outbox: [], loaded: false });
  useEffect(() => startSender(), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the signal to read again
  useEffect(() => {
    let current = true;
    void (async () => {
      const drafts = await collectStore.listDrafts(scope);
      const outbox = await collectStore.listOutbox(scope);
      if (current) setLists({ drafts, outbox, loaded: true });
    })().catch(() => {
      // IndexedDB unavailable (a private window may refuse it): nothing is waiting to show
      if (current) setLists({ drafts: [], outbox: [], loaded: true });
    });
    return () => {
      current = false;
    };
  }, [scope, version]);
  return lists;
}

/** How many finished submissions of a survey wait on this device (the Collect tab's badge). */
export function useWaitingCount(slug: string, surveyId: string): number {
  return useCollectLists(enumeratorScope(slug, surveyId)).outbox.length;
}

/** navigator.onLine, kept current. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('online', listener);
      window.addEventListener('offline', listener);
      return () => {
        window.removeEventListener('online', listener);
        window.removeEventListener('offline', listener);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}
