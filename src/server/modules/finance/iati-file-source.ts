import { AppError } from '../../../core/errors/app-error.ts';
import { IatiFileError, readIatiActivities } from '../../../core/iati/reader.ts';
import type { IatiActivitySource } from './iati-import-service.ts';

/**
 * An IATI file read from a stream (an upload, a file on disk) as the import consumes it. A file that is
 * not IATI XML, or is malformed, is refused with 422 naming the line, and its message key for the web.
 */
export function iatiStreamSource(stream: AsyncIterable<Uint8Array | string>): IatiActivitySource {
  return async ({ onActivity, onWarning }) => {
    try {
      const { version } = await readIatiActivities(stream, { onActivity, onWarning });
      return { version: version ?? '' };
    } catch (error) {
      if (error instanceof IatiFileError)
        throw new AppError('unprocessable', error.message, {
          line: error.line,
          key: error.key,
          params: error.params,
        });
      throw error;
    }
  };
}
