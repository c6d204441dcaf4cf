import { type Generator, SCHEMA_VERSION } from '@dukien/core';
import { VERSION } from '../version.js';

/** The `generator` every dataset dukien writes names. */
export const GENERATOR: Generator = { name: 'dukien', version: VERSION };

/** The head of a dataset: all of it but the documents and facts. */
export const DATASET_HEAD = { schemaVersion: SCHEMA_VERSION, generator: GENERATOR } as const;
