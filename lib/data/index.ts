export { createRng, shuffledIndices, type Rng } from './random';
export { FEATURE_FUNCTIONS, featureMatrix, pointsToMatrices } from './features';
export { gridCoordinates } from './grid';
export { classCounts, generateDataset, type DataPoint, type DatasetOptions } from './datasets';
export { assignSplit, generatePoints, resplitPoints } from './split';
export { MAX_POINTS, exceedsPointLimit } from './point-limit';
export { PACKED_STRIDE, packPoints, unpackPoints } from './packed-points';
