import type { Command } from 'commander';
import { IatiFileError, readIatiFile } from '../core/iati/reader.ts';
import { type IatiSummary, IatiSummaryBuilder } from '../core/iati/summarize.ts';

/**
 * `custodes iati summarize FILE [--json]`: neither database nor server. This module and what it
 * imports are all bin/custodes.js loads for it, so keep it free of server code.
 */
export function registerIatiSummarize(iati: Command): void {
  iati
    .command('summarize <file>')
    .description(
      'read an IATI activity file (2.01–2.03 or legacy 1.0x) and print its activities per sector and transaction totals',
    )
    .option('--json', 'print exactly one line of JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const summary = new IatiSummaryBuilder();
      let warnings = 0;
      try {
        const { version } = await readIatiFile(file, {
          onActivity: (activity) => summary.add(activity),
          onWarning: () => {
            warnings++;
          },
          // only the human summary reports warnings (as a count); the JSON line has none
          checkSchema: !options.json,
        });
        const result = summary.result(version);
        if (options.json) console.log(JSON.stringify(result));
        else printSummary(result, warnings);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (error instanceof IatiFileError || code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
          console.error(`error: ${file}: ${(error as Error).message}`);
          process.exit(1);
        }
        throw error;
      }
    });
}

const amount = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function printSummary(summary: IatiSummary, warnings: number): void {
  console.log(`IATI version ${summary.version ?? '(missing)'}: ${summary.activities} activities`);
  if (warnings) console.log(`${warnings} schema warnings (data still read)`);
  const sectors = Object.entries(summary.activitiesBySector).sort(([, a], [, b]) => b - a);
  if (sectors.length) {
    console.log('Activities per sector code:');
    for (const [code, count] of sectors.slice(0, 15)) console.log(`  ${code.padEnd(8)} ${count}`);
    if (sectors.length > 15) console.log(`  … and ${sectors.length - 15} more codes`);
  }
  console.log('Transaction totals:');
  for (const [type, byCurrency] of Object.entries(summary.transactionTotals)) {
    const parts = Object.entries(byCurrency).map(
      ([currency, total]) => `${currency} ${amount.format(total)}`,
    );
    console.log(`  ${type.padEnd(20)} ${parts.length ? parts.join(', ') : '—'}`);
  }
}
