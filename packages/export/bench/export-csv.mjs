// CSV export benchmark: 1,000,000 quantity rows written by dukien's CSV writer beside a
// hand-written join (the floor), each in its own child process so peak RSS is its own.
// Usage: node bench/export-csv.mjs [rows]   (build first: npx tsc -p tsconfig.build.json)
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const UNITS = ['dự án', 'USD', '%', 'ha', 'tấn', 'người'];

/** Quantity facts as a parser would give them: varied text, some nulls, negatives, ratios. */
function* facts(n) {
  for (let i = 0; i < n; i++) {
    const doc = `tinh/2024-${String((i % 12) + 1).padStart(2, '0')}-${Math.floor(i / 100)}`;
    const start = (i % 100) * 40;
    const value = i % 7 === 0 ? -(i * 1.5) : i * 1000 + 0.25;
    yield {
      id: `${doc}:quantity:${start}-${start + 12}`,
      documentId: doc,
      kind: 'quantity',
      evidence: {
        start,
        end: start + 12,
        text: i % 50 === 0 ? `gần ${i}, "khoảng" ${UNITS[i % 6]}` : `${i} ${UNITS[i % 6]}`,
      },
      value,
      valueMax: i % 5 === 0 ? value + 1 : null,
      unit: UNITS[i % 6],
      per: i % 9 === 0 ? 'người/năm' : null,
      approx: i % 3 === 0 ? 'about' : 'exact',
      ratio: i % 11 === 0 ? [i % 13, 13] : null,
      change: i % 4 === 0 ? 'increase' : null,
    };
  }
}

// The floor: each cell escaped by hand, rows joined into 1,000-row strings, written with backpressure.
function quote(s) {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
async function floor(path) {
  const out = createWriteStream(path);
  const cell = (v) => (v === null ? '' : typeof v === 'string' ? quote(v) : String(v));
  let buf =
    'document_id,fact_id,start,end,evidence,value,value_max,unit,per,approx,ratio_part,ratio_whole,change\r\n';
  let n = 0;
  for (const f of facts(ROWS)) {
    buf += `${[f.documentId, f.id, f.evidence.start, f.evidence.end, f.evidence.text, f.value, f.valueMax, f.unit, f.per, f.approx, f.ratio?.[0] ?? null, f.ratio?.[1] ?? null, f.change].map(cell).join(',')}\r\n`;
    if (++n % 1000 === 0) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

async function dukien(path) {
  const { QUANTITIES_TABLE, writeFileAtomic, csvChunks } = await import('../dist/index.js');
  function* rows() {
    for (const f of facts(ROWS)) yield QUANTITIES_TABLE.row(f);
  }
  await writeFileAtomic(path, csvChunks(QUANTITIES_TABLE, rows()));
}

const METHODS = { floor, dukien };

if (process.env.BENCH_METHOD) {
  const path = process.env.BENCH_OUT;
  const t0 = process.hrtime.bigint();
  await METHODS[process.env.BENCH_METHOD](path);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, peakMiB, bytes: statSync(path).size }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'dukien-bench-csv-'));
  const results = {};
  try {
    for (const method of Object.keys(METHODS)) {
      const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(ROWS)], {
        env: { ...process.env, BENCH_METHOD: method, BENCH_OUT: join(dir, `${method}.csv`) },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`${method} failed: ${run.stderr}`);
      results[method] = JSON.parse(run.stdout);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`CSV export, ${ROWS.toLocaleString('en')} quantity rows x 13 columns, node ${process.version}`);
  for (const [method, r] of Object.entries(results)) {
    const rate = Math.round(ROWS / r.seconds / 1000);
    console.log(
      `${method.padEnd(8)} ${String(rate).padStart(5)}k rows/s  peak RSS ${r.peakMiB.toFixed(0).padStart(4)} MiB  ${(r.bytes / 2 ** 20).toFixed(0)} MiB written`,
    );
  }
  const ratio = results.dukien.seconds / results.floor.seconds;
  console.log(`dukien / floor time: ${ratio.toFixed(2)}x (target: within 3x) ${ratio <= 3 ? 'OK' : 'OVER'}`);
}
