import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../outputs/write.js';
import { TABLES } from '../tables/registry.js';
import { sampleDataset } from '../test-support/sample-dataset.js';
import { loadPython } from './python.js';
import { loadR, rString } from './r.js';
import { loadStata } from './stata.js';

describe('load.R', () => {
  const text = loadR(TABLES);
  it('reads every table with explicit readr column types', () => {
    for (const table of TABLES) expect(text).toContain(`${table.name} <- .dukien_read("${table.name}"`);
    expect(text).toMatch(/ {2}value = readr::col_double\(\)/);
    expect(text).toMatch(/ {2}relative = readr::col_logical\(\)/);
    expect(text).toMatch(/ {2}date_start = readr::col_date\(format = "%Y-%m-%d"\)/);
    expect(text).toMatch(/ {2}code = readr::col_character\(\)/);
  });
  it('writes Vietnamese in ASCII escapes so any locale reads it', () => {
    expect(rString('Đồng "Nai"\\')).toBe('"\\u0110\\u1ed3ng \\"Nai\\"\\\\"');
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
  });
});

describe('load.do', () => {
  const text = loadStata(TABLES);
  it('imports each table with string and numeric columns by position and saves a .dta', () => {
    expect(text).toContain(
      'import delimited using `"`dir\'/quantities.csv"\', varnames(1) delimiters(",") bindquote(strict) encoding("utf-8") case(preserve) stringcols(1 2 5 8 9 10 13) numericcols(3 4 6 7 11 12) clear',
    );
    expect(text).toContain('save `"`dir\'/quantities.dta"\', replace');
  });
  it('labels variables with descriptions cut to 80 characters, and turns dates and flags into numbers', () => {
    const labels = [...text.matchAll(/^label variable \w+ `"(.*)"'$/gm)].map((m) => m[1]!);
    expect(labels.length).toBe(TABLES.reduce((n, t) => n + t.columns.length, 0));
    for (const label of labels) expect([...label].length).toBeLessThanOrEqual(80);
    expect(text).toContain('generate double _d = date(date_start, "YMD")');
    expect(text).toContain('generate byte _b = cond(relative == "true", 1, cond(relative == "false", 0, .))');
  });
});

function hasPandas(): boolean {
  return spawnSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
}

describe('load.py', () => {
  it('gives pandas dtypes for every column and parses dates', () => {
    const text = loadPython(TABLES);
    expect(text).toContain('"value": "float64"');
    expect(text).toContain('"start": "Int64"');
    expect(text).toContain('"code": "string"');
    expect(text).toMatch(/"times": \(\{.*\}, \["date_start", "date_end"\]\)/);
  });

  it('loads a written folder with a numeric value column (pandas when installed, else the CSV cells)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dukien-loadpy-'));
    await writeOutputs(sampleDataset(), { outDir: out, formats: ['csv'], bom: true });
    const dir = join(out, 'csv');
    if (hasPandas()) {
      const probe = [
        'import runpy, json, sys',
        `t = runpy.run_path(${JSON.stringify(join(dir, 'load.py'))})["load"]()`,
        'q = t["quantities"]; tm = t["times"]; l = t["locations"]',
        'print(json.dumps({"value": str(q["value"].dtype), "values": q["value"].tolist(),',
        '  "start": str(q["start"].dtype), "relative": str(tm["relative"].dtype),',
        '  "date_start": str(tm["date_start"].dtype), "code": l["code"].tolist()}))',
      ].join('\n');
      const run = spawnSync('python3', ['-c', probe], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({
        value: 'float64',
        values: [3, 9, -5000000, 8.5],
        start: 'Int64',
        relative: 'boolean',
        date_start: 'datetime64[ns]',
        code: ['75', '45'],
      });
    } else {
      // Without pandas (see bench/check-pandas.sh): the cells pandas would read as float64.
      const rows: Record<string, string>[] = parse(await readFile(join(dir, 'quantities.csv')), {
        columns: true,
        bom: true,
      });
      expect(rows.map((r) => Number(r.value))).toEqual([3, 9, -5000000, 8.5]);
      for (const r of rows) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });
});
