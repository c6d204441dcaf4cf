export { type ParseOptions, type ParseResult, parseDocument } from './parse-document.js';
export { type ArticleInput, createParseStream, parseDocuments } from './parse-stream.js';
export { type ReadOptions, type ReadResult, readDocument } from './read/read-document.js';
export type { DraftFact, DraftOf, RecognizeContext, Span } from './recognize/context.js';
export { type IndicatorInputs, recognizeIndicators } from './recognize/indicator.js';
export { recognizeLocations } from './recognize/location.js';
export { recognizeOrganizations } from './recognize/organization.js';
export { recognizePeople } from './recognize/person.js';
export { recognizeQuantities } from './recognize/quantity.js';
export { recognizeTimes } from './recognize/time.js';
export { foldForMatch, foldKey } from './text/fold.js';
export { splitSentences } from './text/sentences.js';
export { deriveQuantity } from './validate/derive-quantity.js';
export {
  type CorpusReader,
  groundFact,
  type ValidateOptions,
  type ValidationReport,
  validateDataset,
} from './validate/validate-dataset.js';
