/**
 * The standard wrappers, re-exported: the ones `make` applies (PassiveEnvChecker, TimeLimit, OrderEnforcing) and
 * the general-purpose ones users stack themselves.
 */
export { TimeLimit } from './time-limit.js';
export { OrderEnforcing } from './order-enforcing.js';
export { RecordEpisodeStatistics, type EpisodeStatistics } from './record-episode-statistics.js';
export { PassiveEnvChecker } from './passive-env-checker.js';
export { TransformReward } from './transform-reward.js';
export { TransformObservation } from './transform-observation.js';
