// Every command of the CLI, in the order `--help` lists them.
import type { Command } from 'commander';
import { registerDb } from './db';
import { registerExtract } from './extract';
import { registerExport } from './export';
import { registerIngest } from './ingest';
import { registerQuery } from './query';
import { registerReload } from './reload';
import { registerStats } from './stats';
import { registerSchema } from './schema';

export const commands: Array<(program: Command) => void> = [
  registerExtract,
  registerIngest,
  registerReload,
  registerStats,
  registerQuery,
  registerExport,
  registerDb,
  registerSchema,
];
