import type {
  Activation,
  BackendPreference,
  DatasetName,
  Feature,
  Init,
  Optimizer,
  Regularization,
} from '../protocol';
import type { Speed } from './speed';

/** Everything the URL query can set: the whole state of a playground except custom points. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Number of generated points. */
  n: number;
  /** Noise level, 0–50 (percent). */
  noise: number;
  /** Percent of points used for training, 10–100. */
  trainPercent: number;
  /** Seeds the data, the split, the initial weights and the shuffle. */
  seed: number;
  features: Feature[];
  /** Hidden layer sizes; empty is logistic regression (one sigmoid unit). */
  layers: number[];
  /** One activation per hidden layer (same length as layers). */
  activations: Activation[];
  learningRate: number;
  batchSize: number | 'full';
  init: Init;
  optimizer: Optimizer;
  regularization: Regularization;
  lambda: number;
  /** Stop at this epoch; null runs on. */
  until: number | null;
  /** The speed control: steps/s, epochs/s or max (speed.ts). */
  speed: Speed;
  autoplay: boolean;
  /** The boundary drawn as two flat colours split at ŷ = 0.5 instead of the graded map (TF Playground's "Discretize output"). */
  discretize: boolean;
  backend: BackendPreference;
}

/** Something the URL asked for that was ignored, said in words through the message catalogue. */
export interface ConfigNotice {
  /** The URL parameter name. */
  param: string;
  /** The raw value that was ignored (shortened for display). */
  value: string;
  /** What was used instead, formatted for display. */
  usedInstead: string;
}

export interface ParsedConfig {
  config: PlaygroundConfig;
  notices: ConfigNotice[];
}
