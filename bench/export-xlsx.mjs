// XLSX writers on the same rows: dukien's writeXlsx (exceljs streaming with backpressure),
// exceljs's streaming WorkbookWriter used plainly, and SheetJS (aoa_to_sheet, dense). Each case
// runs in its own child process, so its peak RSS (process.resourceUsage().maxRSS) is its own.
//
//   (cd packages/export && npx tsc -p tsconfig.build.json)
//   node bench/export-xlsx.mjs                 # 250k and 1M rows
//   node bench/export-xlsx.mjs --rows 100000   # one size
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'out');
const WRITERS = ['dukien', 'exceljs', 'sheetjs'];

const SPEC = {
  name: 'quantities',
  columns: [
    { name: 'document_id', type: 'string', description: 'article id' },
    { name: 'fact_id', type: 'string', description: 'fact id' },
    { name: 'start', type: 'integer', description: 'first code point' },
    { name: 'end', type: 'integer', description: 'after the last code point' },
    { name: 'evidence', type: 'string', description: 'the characters of the article' },
    { name: 'value', type: 'number', description: 'the number stated' },
    { name: 'unit', type: 'string', description: 'the unit' },
    { name: 'approximate', type: 'boolean', description: 'hedged' },
    { name: 'published', type: 'date', description: 'day the article came out' },
    { name: 'kind', type: 'string', description: 'fact kind' },
  ],
};

const UNITS = ['tỷ đồng', 'triệu USD', 'ha', 'tấn', 'người', '%'];

/** Row i of the benchmark table: cells in column order, dates as ISO strings. */
function row(i) {
  const doc = Math.floor(i / 40);
  const start = (i % 40) * 97;
  const value = (i % 7 === 0 ? -1 : 1) * ((i * 7919) % 1_000_003) * 0.25;
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (doc % 12)).padStart(2, '0');
  return [
    `doc-${doc.toString(16).padStart(8, '0')}`,
    `q-${i.toString(16).padStart(10, '0')}`,
    start,
    start + 18,
    `${value} ${UNITS[i % UNITS.length]} năm ${2000 + (i % 25)}`,
    value,
    UNITS[i % UNITS.length],
    i % 3 === 0,
    `2024-${month}-${day}`,
    'quantity',
  ];
}

function* rows(n) {
  for (let i = 0; i < n; i++) yield row(i);
}

function isoToDate(text) {
  return new Date(`${text}T00:00:00Z`);
}

async function runDukien(path, n) {
  const { writeXlsx } = await import('../packages/export/dist/xlsx/index.js');
  await writeXlsx(path, [{ spec: SPEC, rows: rows(n) }], {
    summary: { documents: Math.ceil(n / 40), facts: { quantity: n }, problems: 0 },
  });
}

async function runExceljs(path, n) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('quantities');
  sheet.addRow(SPEC.columns.map((c) => c.name)).commit();
  for (const cells of rows(n)) {
    cells[8] = isoToDate(cells[8]);
    sheet.addRow(cells).commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function runSheetjs(path, n) {
  const XLSX = await import('xlsx');
  const aoa = [SPEC.columns.map((c) => c.name)];
  for (const cells of rows(n)) {
    cells[8] = isoToDate(cells[8]);
    aoa.push(cells);
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { dense: true, cellDates: true });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'quantities');
  XLSX.writeFile(book, path, { compression: true });
}

async function child(writer, n) {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, `${writer}-${n}.xlsx`);
  const run = { dukien: runDukien, exceljs: runExceljs, sheetjs: runSheetjs }[writer];
  const began = process.hrtime.bigint();
  await run(path, n);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const result = {
    writer,
    rows: n,
    seconds,
    rowsPerSecond: n / seconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    fileMiB: statSync(path).size / 2 ** 20,
  };
  rmSync(path, { force: true });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function parent(sizes) {
  mkdirSync(outDir, { recursive: true });
  const results = [];
  for (const n of sizes) {
    for (const writer of WRITERS) {
      const out = spawnSync(
        process.execPath,
        ['--max-old-space-size=12288', fileURLToPath(import.meta.url), '--child', writer, String(n)],
        { encoding: 'utf8', timeout: 20 * 60_000 },
      );
      const line = out.stdout.trim().split('\n').at(-1) ?? '';
      if (out.status !== 0 || !line.startsWith('{')) {
        results.push({
          writer,
          rows: n,
          failed: (out.stderr || String(out.signal)).trim().split('\n').at(-1),
        });
      } else {
        results.push(JSON.parse(line));
      }
      const r = results.at(-1);
      process.stderr.write(
        `${writer} ${n}: ${r.failed ?? `${r.rowsPerSecond.toFixed(0)} rows/s, ${r.peakRssMiB.toFixed(0)} MiB`}\n`,
      );
    }
  }
  print(results);
}

function print(results) {
  const pad = (s, w) => String(s).padStart(w);
  console.log(`| writer  |      rows |  seconds |  rows/s | CPU s | peak RSS MiB | file MiB |`);
  console.log(`|---------|----------:|---------:|--------:|------:|-------------:|---------:|`);
  for (const r of results) {
    if (r.failed) console.log(`| ${r.writer.padEnd(7)} | ${pad(r.rows, 9)} | failed: ${r.failed} |`);
    else
      console.log(
        `| ${r.writer.padEnd(7)} | ${pad(r.rows, 9)} | ${pad(r.seconds.toFixed(2), 8)} | ${pad(r.rowsPerSecond.toFixed(0), 7)} | ${pad(r.cpuSeconds.toFixed(1), 5)} | ${pad(r.peakRssMiB.toFixed(0), 12)} | ${pad(r.fileMiB.toFixed(1), 8)} |`,
      );
  }
  console.log('\nratios (dukien / other): speed = rows/s ratio, memory = peak RSS ratio');
  for (const n of new Set(results.map((r) => r.rows))) {
    const mine = results.find((r) => r.rows === n && r.writer === 'dukien' && !r.failed);
    for (const other of results.filter((r) => r.rows === n && r.writer !== 'dukien' && !r.failed)) {
      if (!mine) continue;
      console.log(
        `${n} rows vs ${other.writer}: speed x${(mine.rowsPerSecond / other.rowsPerSecond).toFixed(2)}, memory x${(mine.peakRssMiB / other.peakRssMiB).toFixed(2)}`,
      );
    }
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(args[1], Number(args[2]));
} else {
  const i = args.indexOf('--rows');
  parent(i === -1 ? [250_000, 1_000_000] : [Number(args[i + 1])]);
}
