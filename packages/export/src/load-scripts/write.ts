import { join } from 'node:path';
import { writeFileAtomic } from '../atomic/write.js';
import { TABLES } from '../tables/registry.js';
import { loadPython } from './python.js';
import { loadR } from './r.js';
import { loadStata } from './stata.js';

/** The load scripts by file name, generated from the column tables. */
export function loadScripts(): Record<string, string> {
  return { 'load.R': loadR(TABLES), 'load.py': loadPython(TABLES), 'load.do': loadStata(TABLES) };
}

/** Writes load.R, load.py and load.do into `dir`; returns their names. */
export async function writeLoadScripts(dir: string): Promise<string[]> {
  const scripts = loadScripts();
  for (const [name, text] of Object.entries(scripts)) await writeFileAtomic(join(dir, name), text);
  return Object.keys(scripts);
}
