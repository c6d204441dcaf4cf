// Regenerates the committed JSON Schema files from the zod source (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { jsonSchemaText, PUBLISHED_SCHEMAS } from '../dist/index.js';

for (const name of Object.keys(PUBLISHED_SCHEMAS)) {
  const file = new URL(`../schemas/${name}.schema.json`, import.meta.url);
  writeFileSync(file, jsonSchemaText(name));
  console.log(`wrote schemas/${name}.schema.json`);
}
