import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { parseFramework } from '../core/assessment/framework-schema.ts';
import { AppError } from '../core/errors/app-error.ts';
import { countItems } from '../core/frameworks/structure.ts';
import type { Framework } from '../core/frameworks/types.ts';
import { type FrameworkSourceOptions, frameworkDefinition, frameworkLines } from './framework-sources.ts';
import { withServerOptions } from './server-client.ts';

/** An xlsx file is a zip archive, which starts with "PK\x03\x04". */
const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;

/**
 * Commands on governance frameworks. On the built-ins they are pure (neither database nor server);
 * with --workspace they read that workspace's catalogue, from the database or through --server.
 */
export function registerFrameworkCommands(program: Command): void {
  const frameworks = program
    .command('frameworks')
    .description('built-in governance frameworks: list, export, validate custom ones');

  withServerOptions(
    frameworks
      .command('list')
      .description('list the built-in frameworks, or with --workspace also that workspace’s own')
      .option('--workspace <slug>', 'the catalogue of this workspace (built-in and custom frameworks)')
      .option('--json', 'print JSON'),
  ).action(async (options: FrameworkSourceOptions & { json?: boolean }) => {
    const list = await frameworkLines(options);
    if (options.json) return console.log(JSON.stringify(list, null, 2));
    const idWidth = Math.max(...list.map((f) => f.id.length));
    for (const f of list)
      console.log(
        `${f.id.padEnd(idWidth)}  ${f.version.padEnd(8)} ${String(f.items).padStart(3)} items  ${f.name}`,
      );
  });

  withServerOptions(
    frameworks
      .command('export <id>')
      .description('write a framework (built-in, or with --workspace that workspace’s) as JSON or xlsx')
      .option('--workspace <slug>', 'look the framework up in this workspace’s catalogue')
      .addOption(new Option('--format <format>', 'file format').choices(['json', 'xlsx']).default('json'))
      .option('--out <file>', 'file to write (default: standard output)'),
  ).action(
    async (id: string, options: FrameworkSourceOptions & { format: 'json' | 'xlsx'; out?: string }) => {
      const framework = await frameworkDefinition(id, options);
      let output: string | Buffer;
      if (options.format === 'json') {
        output = `${JSON.stringify(framework, null, 2)}\n`;
      } else {
        const { frameworkToXlsx } = await import('../server/modules/frameworks/xlsx.ts');
        output = await frameworkToXlsx(framework);
      }
      if (options.out) {
        writeFileSync(options.out, output);
        console.error(
          `Wrote ${framework.id} ${framework.version} (${countItems(framework)} items) to ${options.out}.`,
        );
      } else if (typeof output !== 'string' && process.stdout.isTTY) {
        throw new AppError(
          'bad_request',
          'an xlsx file is binary: use --out FILE or redirect the output to a file',
        );
      } else {
        process.stdout.write(output);
      }
    },
  );

  frameworks
    .command('validate <file>')
    .description('check a custom framework (JSON or xlsx) and name the first problem')
    .action(async (file: string) => {
      if (!existsSync(file)) throw new AppError('not_found', `${file}: no such file`);
      const bytes = readFileSync(file);
      let framework: Framework;
      if (isZip(bytes)) {
        const { frameworkFromXlsx } = await import('../server/modules/frameworks/xlsx.ts');
        framework = await frameworkFromXlsx(bytes);
      } else {
        framework = parseFramework(bytes.toString('utf8'));
      }
      console.log(`valid: ${countItems(framework)} items`);
    });
}
