import { DOMAIN_MAX, DOMAIN_MIN } from '../protocol';

/**
 * Cell-centre coordinates of a gridSize × gridSize sampling of the plane, row-major,
 * row 0 at the top (largest x2), column 0 at the left (smallest x1).
 */
export function gridCoordinates(gridSize: number): { xs: Float32Array; ys: Float32Array } {
  const cell = (DOMAIN_MAX - DOMAIN_MIN) / gridSize;
  const xs = new Float32Array(gridSize * gridSize);
  const ys = new Float32Array(gridSize * gridSize);
  for (let row = 0; row < gridSize; row++) {
    const x2 = DOMAIN_MAX - (row + 0.5) * cell;
    for (let col = 0; col < gridSize; col++) {
      xs[row * gridSize + col] = DOMAIN_MIN + (col + 0.5) * cell;
      ys[row * gridSize + col] = x2;
    }
  }
  return { xs, ys };
}
