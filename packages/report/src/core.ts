// The one place this package reaches @dukien/core. Until the workspace links
// @dukien/core here, it points at core's built output; switching is one line.
export {
  compareFacts,
  type Dataset,
  type Document,
  FACT_KINDS,
  type Fact,
  type FactKind,
  type FactOf,
  offsetMap,
  type Problem,
} from '../../core/dist/index.js';
