import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { describeZodError } from '../http/errors.ts';
import {
  CreateActionBody,
  CreateCommitmentBody,
  CreateMechanismBody,
  CreateMeetingBody,
} from '../modules/coordination/schemas.ts';

/**
 * A demo coordination file: the bodies the coordination API takes, with funders named by their key in
 * the demo finance file, institutions by acronym or name, plan items by code, and an action's meeting by
 * its position in the mechanism's meetings.
 */
const name = z.string().min(1);

const DemoAction = CreateActionBody.omit({ meetingId: true, ownerActorId: true, ownerFunderId: true }).extend(
  {
    meeting: z.number().int().min(0).optional(),
    owner: name.optional(),
    ownerFunder: name.optional(),
  },
);

const DemoCommitment = CreateCommitmentBody.omit({ actorId: true, funderId: true }).extend({
  actor: name.optional(),
  funder: name.optional(),
});

const DemoMechanism = CreateMechanismBody.omit({
  memberFunderIds: true,
  memberActorIds: true,
  planItemIds: true,
  poolFunderId: true,
}).extend({
  funders: z.array(name).default([]),
  actors: z.array(name).default([]),
  items: z.array(name).default([]),
  pool: name.optional(),
  meetings: z.array(CreateMeetingBody).default([]),
  actions: z.array(DemoAction).default([]),
  commitments: z.array(DemoCommitment).default([]),
});

export const DemoCoordinationFile = z
  .object({ mechanisms: z.array(DemoMechanism) })
  .strict()
  .superRefine((file, ctx) => {
    file.mechanisms.forEach((mechanism, index) => {
      mechanism.actions.forEach((action, at) => {
        if (action.meeting !== undefined && action.meeting >= mechanism.meetings.length)
          ctx.addIssue({
            code: 'custom',
            path: ['mechanisms', index, 'actions', at, 'meeting'],
            message: `the mechanism has ${mechanism.meetings.length} meetings`,
          });
      });
    });
  });

export type DemoCoordination = z.infer<typeof DemoCoordinationFile>;

/** Kasora's donor coordination (fictional): a joint committee, the trust fund's board and a compact. */
export const KASORA_COORDINATION_FILE = new URL('./data/kasora-coordination.json', import.meta.url);

export function readDemoCoordination(file: URL = KASORA_COORDINATION_FILE): DemoCoordination {
  const result = DemoCoordinationFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file.pathname}: ${describeZodError(result.error)}`);
  return result.data;
}
