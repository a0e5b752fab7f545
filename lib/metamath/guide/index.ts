/** The learned prover guide: features, model, training (imitation + expert iteration), checkpoint. */
export { proofTree, type ProofTreeNode } from './proof-tree.js';
export { stepFeatures, shape, treeKey, treeNodes, type StepView } from './features.js';
export { GuideModel, seededRandom, type GuideExample, type GuideModelJson, type TrainOptions } from './model.js';
export { proofExamples, actionExamples, expansionFeatures } from './imitation.js';
export { LearnedGuide, DEFAULT_SEARCH_WEIGHTS, type SearchWeights } from './learned-guide.js';
export { positionSplit, assertDisjoint, labelFeatures, type ProverSplit } from './split.js';
export { trainGuide, type GuideTrainOptions, type GuideTrainResult, type GuideRoundStats } from './train.js';
export { saveGuide, loadGuide, parseGuide, checkpointJson, guideForTargets, type GuideCheckpoint } from './checkpoint.js';
