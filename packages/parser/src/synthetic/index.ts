export { type CorpusOptions, type CorpusSummary, generateCorpus } from './corpus.js';
export { GENERATOR } from './dataset.js';
export { encodeVariant, VARIANTS, type Variant } from './encode-variant.js';
export { type GeneratedArticle, type GenerateOptions, generateArticle } from './generate.js';
export { INDICATOR_KEYS } from './indicators.js';
export {
  type DocumentScore,
  fieldsAgree,
  type KindCounts,
  type KindSummary,
  type MatchMode,
  matchFacts,
  type Pair,
  type Summary,
  sameValue,
  scoreDocument,
  summarize,
  TARGETS,
  VALUE_ACCURACY_TARGET,
  type ValueCounts,
} from './score.js';
