import { z } from 'zod';
import { Document } from './document.js';
import { Fact } from './fact.js';

export const SCHEMA_VERSION = '1.0.0';

export const Generator = z
  .strictObject({
    name: z.string().min(1).describe('Name of the program that wrote the dataset'),
    version: z.string().min(1).describe('Its version'),
  })
  .describe('The program that wrote the dataset')
  .meta({ id: 'Generator' });
export type Generator = z.infer<typeof Generator>;

export const Dataset = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('Version of the dukien dataset schema'),
    generator: Generator,
    documents: z.array(Document).describe('The articles, ordered by id'),
    facts: z.array(Fact).describe('The facts, ordered by document, then offset, then kind'),
  })
  .describe('A dukien dataset: documents and the grounded facts read from them')
  .meta({ id: 'Dataset', title: 'dukien dataset' });
export type Dataset = z.infer<typeof Dataset>;
