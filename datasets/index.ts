/** Datasets: the ProblemRecord every source is normalised to, loaders, and the bundled data. */
export { checkRecord, type ProblemRecord, type RecordCheck } from './record.js';
export { problemRecordSchema } from './schemas/problem-record.js';
export { detectFormat, normalizeRecord, type SourceFormat, type NormalizeContext, type Normalized } from './normalize.js';
export { lastBoxed } from './boxed.js';
export { BUNDLED_DATASETS, BUNDLED_DATA_DIR, bundledPath, type BundledDataset } from './bundled.js';
export {
  loadDataset,
  streamDataset,
  resolveDataset,
  parseLine,
  formatBadLine,
  type LoadOptions,
  type LoadSummary,
  type LoadedDataset,
  type BadLine,
  type DatasetLine,
  type ResolvedDataset,
} from './load.js';
