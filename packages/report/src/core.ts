// The one place this package reaches @dukien/core: what the report uses of it.
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
} from '@dukien/core';
