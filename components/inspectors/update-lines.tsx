import type { Optimizer } from '@/lib/protocol';
import { OPTIMIZER_DEFAULTS } from '@/lib/math/optimizers';
import { texNumber } from '@/lib/math/tex';
import { formatHyperparameter } from '@/components/controls/format-hyperparameter';
import { MathLine, Tex } from './math';

const NOTE = 'ml-3 text-slate-500';
const W = 'W^{[l]}';
const dW = 'dW^{[l]}';

/** The update of W (b is the same with db) for the current optimizer, in the course's notation. */
export function UpdateLines({ optimizer }: { optimizer: Optimizer }) {
  if (optimizer === 'momentum') {
    const { beta } = OPTIMIZER_DEFAULTS.momentum;
    return (
      <>
        <MathLine tex={`v_{dW} = \\beta v_{dW} + (1 - \\beta) ${dW}`}>
          <Tex className={NOTE} tex={`(\\beta = ${texNumber(beta)})`} />
        </MathLine>
        <MathLine tex={`${W} := ${W} - \\alpha v_{dW}`} />
      </>
    );
  }
  if (optimizer === 'rmsprop') {
    const { beta2, epsilon } = OPTIMIZER_DEFAULTS.rmsprop;
    return (
      <>
        <MathLine tex={`s_{dW} = \\beta_2 s_{dW} + (1 - \\beta_2) (${dW})^2`}>
          <Tex className={NOTE} tex={`(\\beta_2 = ${texNumber(beta2)},\\ \\varepsilon = ${texNumber(formatHyperparameter(epsilon))})`} />
        </MathLine>
        <MathLine tex={`${W} := ${W} - \\alpha \\frac{${dW}}{\\sqrt{s_{dW}} + \\varepsilon}`} />
      </>
    );
  }
  if (optimizer === 'adam') {
    const { beta1, beta2, epsilon } = OPTIMIZER_DEFAULTS.adam;
    return (
      <>
        <MathLine tex={`v_{dW} = \\beta_1 v_{dW} + (1 - \\beta_1) ${dW}, \\quad s_{dW} = \\beta_2 s_{dW} + (1 - \\beta_2) (${dW})^2`} />
        <MathLine tex="v^{corrected}_{dW} = \frac{v_{dW}}{1 - \beta_1^t}, \quad s^{corrected}_{dW} = \frac{s_{dW}}{1 - \beta_2^t}" />
        <MathLine tex={`${W} := ${W} - \\alpha \\frac{v^{corrected}_{dW}}{\\sqrt{s^{corrected}_{dW}} + \\varepsilon}`}>
          <Tex className={NOTE} tex={`(\\beta_1 = ${texNumber(beta1)},\\ \\beta_2 = ${texNumber(beta2)},\\ \\varepsilon = ${texNumber(formatHyperparameter(epsilon))})`} />
        </MathLine>
      </>
    );
  }
  if (optimizer === 'gd') return <MathLine tex={`${W} := ${W} - \\alpha \\, ${dW}`} />;
  return optimizer satisfies never;
}
