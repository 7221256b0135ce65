/** Test helper: reads a whole IATI file or string into memory (fine for the small test files). */
import { readIatiActivities, readIatiFile } from '../reader';
import type { IatiActivity, IatiWarning } from '../types';

export interface ReadAll {
  version: string | null;
  activities: IatiActivity[];
  warnings: IatiWarning[];
}

export async function readAllFromFile(path: string): Promise<ReadAll> {
  const activities: IatiActivity[] = [];
  const warnings: IatiWarning[] = [];
  const { version } = await readIatiFile(path, {
    onActivity: (activity) => {
      activities.push(activity);
    },
    onWarning: (warning) => warnings.push(warning),
  });
  return { version, activities, warnings };
}

/** Reads XML text, cut into pieces of `pieceSize` characters to exercise the streaming. */
export async function readAllFromText(xml: string, pieceSize = 7): Promise<ReadAll> {
  async function* pieces() {
    for (let i = 0; i < xml.length; i += pieceSize) yield xml.slice(i, i + pieceSize);
  }
  const activities: IatiActivity[] = [];
  const warnings: IatiWarning[] = [];
  const { version } = await readIatiActivities(pieces(), {
    onActivity: (activity) => {
      activities.push(activity);
    },
    onWarning: (warning) => warnings.push(warning),
  });
  return { version, activities, warnings };
}
