import { FEATURES, type Feature } from '@/lib/protocol';
import { featureMatrix, gridCoordinates } from '@/lib/data';

export const FEATURE_GRID_SIZE = 24;
/** Each input feature drawn over the plane once: these maps never change. */
export const featureMaps: Record<Feature, Float32Array> = (() => {
  const { xs, ys } = gridCoordinates(FEATURE_GRID_SIZE);
  const all = featureMatrix(xs, ys, FEATURES);
  const cells = FEATURE_GRID_SIZE * FEATURE_GRID_SIZE;
  return Object.fromEntries(FEATURES.map((f, i) => [f, all.slice(i * cells, (i + 1) * cells)])) as Record<Feature, Float32Array>;
})();
