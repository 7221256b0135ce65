import { parseActorRows } from '../../core/sector-map/actor-rows.ts';
import { describeRowError, type RowError } from '../../core/sector-map/import-cells.ts';
import { indexActorsByKey, parseRelationRows } from '../../core/sector-map/relation-rows.ts';
import type { Db } from '../db/client.ts';
import { insertActorRecords, insertRelationRecords } from '../modules/sector-map/transfer-service.ts';
import type { WorkspaceActor } from '../modules/workspaces/membership.ts';
import { KASORA_ACTOR_ROWS } from './kasora-actors.ts';
import { KASORA_RELATION_ROWS } from './kasora-relations.ts';

const SOURCE = 'Republic of Kasora demo data';

function demoDataBroken(errors: RowError[]): never {
  throw new Error(`the demo sector map is invalid: ${errors.map(describeRowError).join('; ')}`);
}

/**
 * Loads Kasora's sector map through the import's validation and inserts, actors and relations in
 * one transaction, audited as the given member.
 */
export async function seedSectorMap(options: { db: Db; actor: WorkspaceActor }) {
  const actors = parseActorRows(KASORA_ACTOR_ROWS);
  if (!actors.ok) demoDataBroken(actors.errors);
  return options.db.transaction(async (tx) => {
    const inserted = await insertActorRecords(tx, options.actor, actors.records, SOURCE);
    const relations = parseRelationRows(KASORA_RELATION_ROWS, indexActorsByKey(inserted));
    if (!relations.ok) demoDataBroken(relations.errors);
    await insertRelationRecords(tx, options.actor, relations.records, SOURCE);
    return { actors: inserted.length, relations: relations.records.length };
  });
}
