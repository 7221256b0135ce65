import { type GeneratedNeed, gapNeedTitle, parseGeneratedNeed } from '../../../core/assessment/needs.ts';
import { listItems } from '../../../core/frameworks/structure.ts';
import type { LocalizedText, TextLanguage } from '../../../core/frameworks/types.ts';
import type { Db } from '../../db/client.ts';
import type { needs } from '../../db/schema/index.ts';
import { resolveFramework } from '../frameworks/catalogue.ts';
import { formatNumber } from '../reports/format.ts';
import { serverT } from '../reports/i18n.ts';

type NeedRow = typeof needs.$inferSelect;

export interface NeedText {
  title: string;
  description: string | null;
}

/** A gap need's title and description in one language, given its item's text. */
export function gapNeedText(
  generated: GeneratedNeed,
  itemText: LocalizedText | undefined,
  language: TextLanguage,
): NeedText {
  const number = (value: number) => formatNumber(value, language);
  return {
    title: gapNeedTitle(generated, itemText, language),
    description: serverT(language)('need.gap', {
      current: number(generated.current),
      target: number(generated.target),
    }),
  };
}

/**
 * Writes needs' text in the reader's language: generated needs from their key and parameters
 * (item texts from the framework version the assessment used), needs typed by hand as typed.
 * Frameworks are looked up once per renderer.
 */
export function needTextRenderer(db: Db, workspaceId: string, language: TextLanguage) {
  const itemTexts = new Map<string, Promise<Map<string, LocalizedText>>>();
  const itemsOf = (generated: GeneratedNeed) => {
    const key = `${generated.frameworkId}@${generated.frameworkVersion}`;
    let items = itemTexts.get(key);
    if (!items) {
      items = resolveFramework(db, workspaceId, generated.frameworkId, generated.frameworkVersion)
        .then((framework) => new Map(listItems(framework).map(({ item }) => [item.id, item.text])))
        // a framework no longer there: the stored title, with the description still translated
        .catch(() => new Map<string, LocalizedText>());
      itemTexts.set(key, items);
    }
    return items;
  };
  return async (row: NeedRow): Promise<NeedText> => {
    const generated = parseGeneratedNeed(row.generated);
    if (!generated) return { title: row.title, description: row.description };
    const itemText = (await itemsOf(generated)).get(generated.itemId);
    const text = gapNeedText(generated, itemText, language);
    // without the item's text the stored English title says more than the code alone
    return itemText ? text : { ...text, title: row.title };
  };
}
