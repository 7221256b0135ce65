import {
  type messages,
  type PGlite,
  protocol,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocol']>>['messages'][number];

const { serialize } = protocol;
/** Statements that read or write rows; anything else may change the schema. */
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

/** Prepared statements kept at most; past this they are all deallocated and prepared again on use. */
const MAX_STATEMENTS = 500;
/** PostgreSQL's "prepared statement does not exist". */
const NO_SUCH_STATEMENT = '26000';

interface Prepared {
  name: string;
  types: number[];
}

/**
 * PGlite's `query()` sends parse, describe, bind, describe, execute and sync to the WebAssembly
 * backend in six separate calls, and parses and plans the statement every time: together several
 * times the cost of running a small query. This replaces it, on one client, by a named prepared
 * statement per statement text (parsed once, its plan cached by PostgreSQL), then bind, describe,
 * execute and sync in a single call. Values are serialised, rows parsed and errors reported as PGlite
 * does; the same two locks keep the query out of any transaction in progress. Transactions keep
 * PGlite's own path. Any other statement (DDL), through `query`, `exec` or a transaction, drops the
 * prepared statements, so a changed schema is described afresh.
 */
export function speedUpQueries(client: PGlite): void {
  const original = client.query.bind(client);
  const originalExec = client.exec.bind(client);
  const originalTransaction = client.transaction.bind(client);
  const statements = new Map<string, Prepared>();
  let counter = 0;
  let reset: Promise<unknown> = Promise.resolve();

  const forget = () => {
    statements.clear();
    reset = originalExec('DEALLOCATE ALL');
  };

  const locked = async (message: Uint8Array, options?: QueryOptions) => {
    await client._checkReady();
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const result = await client.execProtocol(message, { syncToFs: false, onNotice: options?.onNotice });
        await client.syncToFs();
        return result.messages;
      }),
    );
  };

  const prepare = async (text: string, options?: QueryOptions): Promise<Prepared> => {
    await reset;
    if (statements.size >= MAX_STATEMENTS) forget();
    await reset;
    const name = `custodes_${++counter}`;
    const messages = await locked(
      concat([serialize.parse({ name, text }), serialize.describe({ type: 'S', name }), serialize.sync()]),
      options,
    );
    const description = messages.find((message) => message.name === 'parameterDescription');
    const prepared = {
      name,
      types: (description as messages.ParameterDescriptionMessage | undefined)?.dataTypeIDs ?? [],
    };
    statements.set(text, prepared);
    return prepared;
  };

  const execute = async (prepared: Prepared, params: unknown[], options?: QueryOptions) => {
    const values = params.map((param, i) => {
      if (param === null || param === undefined) return null;
      const serializer = options?.serializers?.[prepared.types[i]] ?? client.serializers[prepared.types[i]];
      return serializer ? serializer(param) : String(param);
    });
    return locked(
      concat([
        serialize.bind({ statement: prepared.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      options,
    );
  };

  const run = async <T>(text: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> => {
    try {
      let messages: BackendMessage[];
      try {
        messages = await execute(statements.get(text) ?? (await prepare(text, options)), params, options);
      } catch (error) {
        if ((error as { code?: string }).code !== NO_SUCH_STATEMENT) throw error;
        statements.delete(text);
        messages = await execute(await prepare(text, options), params, options);
      }
      return toResults<T>(messages, client, options);
    } catch (error) {
      throw Object.assign(error as Error, { query: text, params, queryOptions: options });
    }
  };

  client.query = <T>(text: string, params: unknown[] = [], options?: QueryOptions) => {
    if (!DML.test(text)) {
      forget();
      return original<T>(text, params, options);
    }
    if (options?.blob || options?.paramTypes) return original<T>(text, params, options);
    return run<T>(text, params, options);
  };
  client.exec = (text: string, options?: QueryOptions) => {
    forget();
    return originalExec(text, options);
  };
  client.transaction = async <T>(callback: (tx: Transaction) => Promise<T>) => {
    let schemaChanged = false;
    const watch = (text: string) => {
      if (!DML.test(text)) schemaChanged = true;
    };
    try {
      return await originalTransaction((tx) =>
        callback({
          query: (text, ...rest) => {
            watch(text);
            return tx.query(text, ...rest);
          },
          sql: (strings, ...params) => tx.sql(strings, ...params),
          exec: (text, ...rest) => {
            watch(text);
            return tx.exec(text, ...rest);
          },
          rollback: () => tx.rollback(),
          listen: (channel, callback) => tx.listen(channel, callback),
          get closed() {
            return tx.closed;
          },
        }),
      );
    } finally {
      if (schemaChanged) forget();
    }
  };
}
