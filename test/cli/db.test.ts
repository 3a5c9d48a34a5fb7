// The `db` and `schema` commands as a user sees them, without starting anything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], env: Record<string, string>): Promise<Run> {
  const saved = { ...process.env };
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0);
  Object.assign(process.env, env);
  process.exitCode = 0;
  try {
    await main(['node', 'newsgraph', ...args]);
    return { exitCode: Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.exitCode = 0;
    process.env = saved;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('newsgraph db', () => {
  let stateDir: string;
  beforeEach(() => {
    stateDir = mkdtempSync(join(tmpdir(), 'newsgraph-db-cli-'));
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  it.each([[[]], [['--test']]])('status %j says "not running" with exit code 3 when nothing runs', async (flags) => {
    const result = await run(['db', 'status', ...flags], { NEWSGRAPH_NEO4J_DIR: stateDir });
    expect(result).toEqual({ exitCode: 3, stdout: 'Neo4j is not running\n', stderr: '' });
  });

  it('stop says there was nothing to stop and succeeds', async () => {
    const result = await run(['db', 'stop'], { NEWSGRAPH_NEO4J_DIR: stateDir });
    expect(result).toEqual({ exitCode: 0, stdout: 'Neo4j was not running\n', stderr: '' });
  });

  it.each([
    ['NEWSGRAPH_BOLT_PORT', 'x', 'newsgraph: NEWSGRAPH_BOLT_PORT must be a port number, got "x"\n'],
    ['NEWSGRAPH_HEAP', '1tb', 'newsgraph: NEWSGRAPH_HEAP must be a size such as 256m or 1g, got "1tb"\n'],
  ])('a bad %s=%s fails with one line', async (name, value, message) => {
    const result = await run(['db', 'start'], { NEWSGRAPH_NEO4J_DIR: stateDir, [name]: value });
    expect(result).toEqual({ exitCode: 1, stdout: '', stderr: message });
  });

  it('lists its subcommands in --help', async () => {
    const result = await run(['db', '--help'], {});
    expect(result.exitCode).toBe(0);
    for (const command of ['start', 'stop', 'status', 'fetch']) expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });
});

describe('newsgraph schema', () => {
  it('offers apply in --help', async () => {
    const result = await run(['schema', '--help'], {});
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^ {2}apply\b/m);
  });
});
