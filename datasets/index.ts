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
  BadLineError,
  DEFAULT_MAX_LINE_BYTES,
  type BadLineKind,
  type LoadOptions,
  type LoadSummary,
  type LoadedDataset,
  type BadLine,
  type DatasetLine,
  type ResolvedDataset,
} from './load.js';
export { Curriculum, type CurriculumOptions } from './curriculum.js';
export { generateComposite, type CompositeComponent, type CompositeConfig } from './composite.js';
export { checkExclude, excludeIndex, generateExcluding } from './exclude.js';
export { decontaminate, DecontaminationIndex, normalizeProblem, problemTokens, type DecontaminateOptions, type DecontaminationReport, type Overlap } from './decontaminate.js';
export {
  GENERATORS,
  getGenerator,
  checkConfig as checkGeneratorConfig,
  generateDataset,
  generateItem,
  itemRng,
  verifierVerdict,
  judgeAnswer,
  scoreItem,
  type TaskGenerator,
  type GeneratorConfig,
} from './generators/index.js';
