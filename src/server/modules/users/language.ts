import { eq } from 'drizzle-orm';
import { TEXT_LANGUAGES, type TextLanguage } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { appendAudit } from '../audit/repo.ts';

export function isTextLanguage(value: unknown): value is TextLanguage {
  return (TEXT_LANGUAGES as readonly unknown[]).includes(value);
}

/** The language saved on the user's profile; null until they choose one. */
export async function userLanguage(db: Db, userId: string): Promise<TextLanguage | null> {
  const [row] = await db.select({ language: users.language }).from(users).where(eq(users.id, userId));
  return isTextLanguage(row?.language) ? row.language : null;
}

/** Saves the user's language on their profile, audited like the other account changes. */
export async function setUserLanguage(options: { db: Db; userId: string; language: TextLanguage }) {
  const { userId, language } = options;
  await options.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ language: users.language })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (before?.language === language) return;
    await tx.update(users).set({ language, updatedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(tx, {
      workspaceId: null,
      actorId: userId,
      action: 'user.update',
      entityType: 'user',
      entityId: userId,
      before: { language: before?.language ?? null },
      after: { language },
    });
  });
}

/** The first of the languages in an Accept-Language header that Custodes speaks, by preference. */
export function acceptedLanguage(header: string | undefined): TextLanguage | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(';');
      const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { base: tag.trim().toLowerCase().split('-')[0], quality: quality ? Number(quality) : 1, order };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return ranked.map((entry) => entry.base).find(isTextLanguage) ?? null;
}

/**
 * The language to write generated text in for this reader: their profile's, else the one their
 * client asks for, else the workspace's, else English.
 */
export async function readerLanguage(options: {
  db: Db;
  userId: string;
  acceptLanguage?: string;
  workspaceLanguage: string;
}): Promise<TextLanguage> {
  return (
    (await userLanguage(options.db, options.userId)) ??
    acceptedLanguage(options.acceptLanguage) ??
    (isTextLanguage(options.workspaceLanguage) ? options.workspaceLanguage : 'en')
  );
}
