// `newsgraph schema apply`: create the graph's constraints and indexes (cypher/schema.cypher).
import type { Command } from 'commander';
import { closeDriver, connectionSettings, describeConnection, openDriver } from '../../load/connection';
import { applySchema } from '../../load/schema';
import { browserUrl } from '../../load/server';

const progress = (line: string) => process.stderr.write(`newsgraph: ${line}\n`);

export function registerSchema(program: Command): void {
  const schema = program.command('schema').description('the constraints and indexes of the graph');
  schema
    .command('apply')
    .description('create the constraints and indexes of cypher/schema.cypher (safe to repeat); starts the local Neo4j when NEO4J_URI is unset')
    .action(async () => {
      const settings = connectionSettings();
      try {
        const driver = await openDriver({ log: progress });
        const summary = await applySchema(driver);
        process.stdout.write(
          `schema applied to ${describeConnection(settings)}: ${summary.constraints} constraints, ${summary.indexes} indexes\n`,
        );
        const browser = settings.localServer ? browserUrl(settings.localServer) : null;
        if (browser) process.stdout.write(`Neo4j Browser: ${browser}\n`);
      } finally {
        await closeDriver();
      }
    });
}
