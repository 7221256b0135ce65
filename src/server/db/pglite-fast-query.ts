import { type messages, type PGlite, protocol, type QueryOptions, type Results } from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

const { serialize } = protocol;
/** Statements whose parameter types depend only on their text and the (stable) schema. */
const DML = /^\s*(select|insert|update|delete|with)\b/i;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * The result of one statement, as PGlite's own parser builds it, without its per-call copy of every
 * type parser (hundreds of entries, a large share of a small query's cost).
 */
function toResults<T>(messages: BackendMessage[], client: PGlite, options?: QueryOptions): Results<T> {
  let fields: Results['fields'] = [];
  let parsers: Array<((value: string, type: number) => unknown) | undefined> = [];
  const rows: unknown[] = [];
  for (const message of messages) {
    if (message.name === 'rowDescription') {
      fields = (message as messages.RowDescriptionMessage).fields.map((field) => ({
        name: field.name,
        dataTypeID: field.dataTypeID,
      }));
      parsers = fields.map(
        (field) => options?.parsers?.[field.dataTypeID] ?? client.parsers[field.dataTypeID],
      );
    } else if (message.name === 'dataRow') {
      const values = (message as messages.DataRowMessage).fields.map((value, i) => {
        const parser = parsers[i];
        return value === null || !parser ? value : parser(value, fields[i].dataTypeID);
      });
      rows.push(
        options?.rowMode === 'array'
          ? values
          : Object.fromEntries(values.map((value, i) => [fields[i].name, value])),
      );
    } else if (message.name === 'commandComplete') {
      const parts = (message as messages.CommandCompleteMessage).text.split(' ');
      const command = parts[0];
      const rowCount = Number.parseInt(parts[parts.length - 1], 10);
      const counted = ['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command);
      return {
        rows: rows as T[],
        fields,
        command,
        affectedRows: counted ? rowCount : 0,
        ...(Number.isNaN(rowCount) ? {} : { rowCount }),
      };
    }
  }
  return { affectedRows: 0, rows: [], fields: [] };
}

/**
 * PGlite's `query()` sends parse, describe, bind, describe, execute and sync to the WebAssembly
 * backend in six separate calls, which costs about four times the work of the query itself. This
 * replaces it, on one client, by the same extended-protocol messages sent in a single call, with
 * the parameter types described once per statement text and remembered. Values are serialised,
 * rows parsed and errors reported exactly as PGlite does; the same two locks keep the query out of
 * any transaction in progress. Transactions (and their queries) keep PGlite's own path, and any
 * other statement (DDL) clears the remembered types.
 */
export function speedUpQueries(client: PGlite): void {
  const original = client.query.bind(client);
  const originalExec = client.exec.bind(client);
  const paramTypes = new Map<string, number[]>();

  const run = async <T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> => {
    let types = paramTypes.get(text);
    if (!types) {
      types = (await client.describeQuery(text, options)).queryParams.map((param) => param.dataTypeID);
      paramTypes.set(text, types);
    }
    const oids = types;
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serializer = options?.serializers?.[oids[i]] ?? client.serializers[oids[i]];
      return serializer ? serializer(param) : String(param);
    });
    const message = concat([
      serialize.parse({ text, types: oids }),
      serialize.bind({ values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ]);
    await client._checkReady();
    const messages = await client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        try {
          const result = await client.execProtocol(message, { syncToFs: false, onNotice: options?.onNotice });
          await client.syncToFs();
          return result.messages;
        } catch (error) {
          throw Object.assign(error as Error, { query: text, params, queryOptions: options });
        }
      }),
    );
    return toResults<T>(messages, client, options);
  };

  client.query = <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (options?.blob || options?.paramTypes || !DML.test(text)) {
      if (!DML.test(text)) paramTypes.clear();
      return original<T>(text, params, options);
    }
    return run<T>(text, params, options);
  };
  client.exec = (text: string, options?: QueryOptions) => {
    paramTypes.clear();
    return originalExec(text, options);
  };
}
