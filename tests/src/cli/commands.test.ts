import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dukien, ROOT, readTree, tempDir } from './run-cli.js';

const COMMANDS = ['extract', 'merge', 'export', 'validate', 'report', 'schema'];

describe('dukien --help', () => {
  it('lists every command with an example', () => {
    const run = dukien(['--help']);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(command);
    expect(run.stdout).toMatch(/Examples:\n\s+\$ dukien /);
  });

  it.each(COMMANDS)('dukien %s --help lists its options with an example', (command) => {
    const run = dukien([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Usage: dukien ${command}`));
    expect(run.stdout).toMatch(/Options:/);
    expect(run.stdout).toMatch(new RegExp(`Examples:\\n\\s+\\$ .*dukien ${command}`));
  });
});

describe('usage errors', () => {
  it.each([
    [['extract', 'seeds'], /--out <dir> is required/],
    [['extract', 'seeds', '--out', 'x', '--format', 'json,parquet'], /unknown format "parquet"/],
    [['extract', 'no-such-folder', '--out', 'x'], /no-such-folder: no such file or folder/],
    [['extract', 'seeds', '--out', 'x', '--shard', '3/2'], /--shard must be i\/n/],
    [['extract', 'seeds', '--out', 'x', '--jobs', '0'], /--jobs must be/],
    [['merge', 'seeds', '--out', 'x'], /no documents\.jsonl/],
    [['schema', '--kind', 'weather'], /--kind must be one of/],
    [['frobnicate'], /unknown command/],
  ])('dukien %j exits 2 with one line and no stack trace', (args, message) => {
    const run = dukien(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('dukien schema', () => {
  it('prints the dataset JSON Schema, or one kind with --kind', () => {
    const dataset = JSON.parse(dukien(['schema']).stdout);
    expect(dataset.$id).toMatch(/dataset\.schema\.json$/);
    expect(dataset.$schema).toMatch(/2020-12/);
    const quantity = JSON.parse(dukien(['schema', '--kind', 'quantity']).stdout);
    expect(quantity.$id).toMatch(/quantity\.schema\.json$/);
    expect(quantity.$defs.QuantityFact.properties.value.type).toBe('number');
  });
});

describe('dukien export and stdin', () => {
  const tmp = tempDir('export');
  afterAll(() => tmp.remove());

  it('re-exports dataset.json to the same bytes extract wrote', () => {
    const out = join(tmp.dir, 'out');
    expect(dukien(['extract', 'seeds', '--out', out, '--format', 'json,jsonl,csv', '--quiet']).status).toBe(
      0,
    );
    const again = join(tmp.dir, 'again');
    const run = dukien(['export', join(out, 'dataset.json'), '--out', again, '--format', 'json,jsonl,csv']);
    expect(run.status).toBe(0);
    const written = readTree(out);
    written.delete('problems.jsonl');
    expect(readTree(again)).toEqual(written);
  }, 120_000);

  it('refuses to export a dataset that fails its schema, and writes nothing', () => {
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ schemaVersion: '1.0.0', documents: [], facts: [{}] }));
    const run = dukien(['export', bad, '--out', join(tmp.dir, 'bad-out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/fails the dataset schema/);
    expect(existsSync(join(tmp.dir, 'bad-out', 'dataset.json'))).toBe(false);
  });

  it('reads one article from standard input as the document "stdin"', () => {
    const out = join(tmp.dir, 'stdin');
    const article = readFileSync(join(ROOT, 'seeds', '000_64df843035bf8b4e.txt'));
    const run = dukien(['extract', '-', '--out', out, '--format', 'jsonl', '--quiet'], { input: article });
    expect(run.status).toBe(0);
    const [document] = readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n');
    expect(JSON.parse(document!)).toMatchObject({ id: 'stdin', source: 'stdin' });
  }, 120_000);
});
