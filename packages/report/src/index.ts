export type { DocumentView } from './document/view.js';
export { describeFact, type Field, summarizeFact } from './facts/describe.js';
export { KIND_STYLE } from './facts/palette.js';
export { pageName } from './files/page-name.js';
export type { PlacedFact, Placement, UnplacedFact, UnplacedReason } from './highlight/place.js';
export { placeFacts } from './highlight/place.js';
export { type ServedReport, serveReport } from './serve.js';
export { DOCUMENTS_FOLDER, writeReport } from './write.js';
