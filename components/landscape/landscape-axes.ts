import type { LandscapeAxis } from '@/lib/landscape/surface';

/** The pairs of axes the learner can choose: the course's J(w, b) pairs for logistic regression, output weights or random directions otherwise. */
export type AxesChoice = 'w1w2' | 'w1b' | 'w2b' | 'random' | 'picked';

/** The choices that exist for a network of `hiddenLayers` hidden layers and `inputs` features, the default first. */
export function axesChoices(hiddenLayers: number, inputs: number): AxesChoice[] {
  if (hiddenLayers > 0) return ['random', 'w1w2', 'w1b', 'picked'];
  return inputs >= 2 ? ['w1w2', 'w1b', 'w2b', 'random', 'picked'] : ['w1b', 'random', 'picked'];
}

/**
 * The axes of a choice: the output layer's first weights and bias (w₁, w₂, b of logistic regression); for
 * 'picked', the two parameters picked in the diagram (until there are two, the first choice's axes).
 */
export function axesOf(choice: AxesChoice, L: number, picked: readonly LandscapeAxis[] = []): [LandscapeAxis, LandscapeAxis] {
  const w = (col: number): LandscapeAxis => ({ kind: 'param', layer: L, row: 0, col });
  const b: LandscapeAxis = { kind: 'param', layer: L, row: 0, col: null };
  switch (choice) {
    case 'w1w2':
      return [w(0), w(1)];
    case 'w1b':
      return [w(0), b];
    case 'w2b':
      return [w(1), b];
    case 'picked':
      return picked.length === 2 ? [picked[0]!, picked[1]!] : axesOf(L > 1 ? 'random' : 'w1w2', L);
    case 'random':
      return [
        { kind: 'direction', index: 1 },
        { kind: 'direction', index: 2 },
      ];
  }
}

/** An axis's name in the page's contract: W2[1,1], b2[1], dir1. */
export function axisName(axis: LandscapeAxis): string {
  if (axis.kind === 'direction') return `dir${axis.index}`;
  return axis.col === null ? `b${axis.layer}[${axis.row + 1}]` : `W${axis.layer}[${axis.row + 1},${axis.col + 1}]`;
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => String(n).replace(/\d/g, (d) => SUBSCRIPTS[Number(d)]!);

/** An axis as the course writes it: w₁, w₂, b for logistic regression, W[2]₁,₁ and b[2]₁ in a network, "direction 1". */
export function axisLabel(axis: LandscapeAxis, isLogistic: boolean, direction: string): string {
  if (axis.kind === 'direction') return `${direction} ${axis.index}`;
  if (isLogistic) return axis.col === null ? 'b' : `w${subscript(axis.col + 1)}`;
  return axis.col === null ? `b[${axis.layer}]${subscript(axis.row + 1)}` : `W[${axis.layer}]${subscript(axis.row + 1)},${subscript(axis.col + 1)}`;
}
