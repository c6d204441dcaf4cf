import { PUBLISHED_SCHEMAS } from '@dukien/core';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES } from './schema.js';

describe('SCHEMA_NAMES', () => {
  it('lists the schemas @dukien/core publishes, in its order', () => {
    expect([...SCHEMA_NAMES]).toEqual(Object.keys(PUBLISHED_SCHEMAS));
  });
});
