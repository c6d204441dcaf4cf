import { readFileSync } from 'node:fs';

/**
 * Reads a JSON file of packages/parser/data. The relative path is the same
 * from src/lexicon (tests) and dist/lexicon (built package).
 */
export function readDataFile(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
}
