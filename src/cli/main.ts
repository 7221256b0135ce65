import { Command, InvalidArgumentError } from 'commander';
import { readConfig, VERSION } from '../server/config.ts';
import { registerAuditCommands } from './audit-commands.ts';
import { reportFailure } from './context.ts';
import { registerDataCommands } from './data-commands.ts';
import { registerDataValuesCommands } from './data-values-commands.ts';
import { registerFrameworkCommands } from './framework-commands.ts';
import { registerIatiCommands } from './iati-commands.ts';
import { registerIndicatorsCommands } from './indicators-commands.ts';
import { registerIntegrityCommands } from './integrity-commands.ts';
import { registerScheduleCommands } from './schedule-commands.ts';
import { registerSurveyCommands } from './survey-commands.ts';
import { registerWorkspaceCommands } from './workspace-commands.ts';

const program = new Command();
program
  .name('custodes')
  .description('Custodes: security sector reform programme platform')
  .version(VERSION)
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web server (PORT, CUSTODES_DATA_DIR, DATABASE_URL, CUSTODES_DEMO)')
  .option('-p, --port <port>', 'port to listen on', (value) => {
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new InvalidArgumentError('not a port number');
    return port;
  })
  .option('--build-web', 'build the web client first if it is missing or out of date')
  .action(async (options: { port?: number; buildWeb?: boolean }) => {
    if (options.buildWeb) (await import('./build-web.ts')).buildWebIfStale();
    const { startServer } = await import('../server/main.ts');
    await startServer(readConfig(process.env, options.port));
  });

registerDataCommands(program);
registerWorkspaceCommands(program);
registerAuditCommands(program);
registerFrameworkCommands(program);
registerScheduleCommands(program);
registerIatiCommands(program);
registerIndicatorsCommands(program);
registerDataValuesCommands(program);
registerSurveyCommands(program);
registerIntegrityCommands(program);

program.parseAsync(process.argv).catch(reportFailure);
