import type { Optimizer } from '@/lib/protocol';
import { OPTIMIZER_DEFAULTS } from '@/lib/math/optimizers';
import { formatHyperparameter } from '@/components/controls/format-hyperparameter';
import { Frac, MathLine, Op, Scripts, Sym } from './math';

/** The update of W (b is the same with db) for the current optimizer. */
export function UpdateLines({ optimizer }: { optimizer: Optimizer }) {
  const W = <Sym name="W" layer="l" />;
  const dW = <Sym name="dW" layer="l" />;
  const alpha = <i>α</i>;
  if (optimizer === 'momentum') {
    const { beta } = OPTIMIZER_DEFAULTS.momentum;
    return (
      <>
        <MathLine>
          <i>v</i><sub className="text-[0.7em]">d<i>W</i></sub><Op>=</Op><i>β</i> <i>v</i><sub className="text-[0.7em]">d<i>W</i></sub><Op>+</Op>(1 − <i>β</i>) {dW}
          <span className="ml-3 text-slate-500">(<i>β</i> = {beta})</span>
        </MathLine>
        <MathLine>
          {W}<Op>:=</Op>{W}<Op>−</Op>{alpha} <i>v</i><sub className="text-[0.7em]">d<i>W</i></sub>
        </MathLine>
      </>
    );
  }
  if (optimizer === 'rmsprop') {
    const { beta2, epsilon } = OPTIMIZER_DEFAULTS.rmsprop;
    return (
      <>
        <MathLine>
          <i>s</i><sub className="text-[0.7em]">d<i>W</i></sub><Op>=</Op><i>β</i><sub className="text-[0.7em]">2</sub> <i>s</i><sub className="text-[0.7em]">d<i>W</i></sub><Op>+</Op>(1 − <i>β</i><sub className="text-[0.7em]">2</sub>) ({dW})<sup>2</sup>
          <span className="ml-3 text-slate-500">(<i>β</i><sub className="text-[0.7em]">2</sub> = {beta2}, <i>ε</i> = {formatHyperparameter(epsilon)})</span>
        </MathLine>
        <MathLine>
          {W}<Op>:=</Op>{W}<Op>−</Op>{alpha} <Frac big num={dW} den={<>√<i>s</i><sub className="text-[0.7em]">d<i>W</i></sub> + <i>ε</i></>} />
        </MathLine>
      </>
    );
  }
  if (optimizer === 'adam') {
    const { beta1, beta2, epsilon } = OPTIMIZER_DEFAULTS.adam;
    const v = <><i>v</i><sub className="text-[0.7em]">d<i>W</i></sub></>;
    const s = <><i>s</i><sub className="text-[0.7em]">d<i>W</i></sub></>;
    return (
      <>
        <MathLine>
          {v}<Op>=</Op><i>β</i><sub className="text-[0.7em]">1</sub> {v}<Op>+</Op>(1 − <i>β</i><sub className="text-[0.7em]">1</sub>) {dW},
          <span className="ml-3">{s}<Op>=</Op><i>β</i><sub className="text-[0.7em]">2</sub> {s}<Op>+</Op>(1 − <i>β</i><sub className="text-[0.7em]">2</sub>) ({dW})<sup>2</sup></span>
        </MathLine>
        <MathLine>
          {v}<sup className="text-[0.7em]">corr</sup><Op>=</Op><Frac big num={v} den={<>1 − <i>β</i><Scripts sup={<i>t</i>} sub="1" /></>} />,
          <span className="ml-3">{s}<sup className="text-[0.7em]">corr</sup><Op>=</Op><Frac big num={s} den={<>1 − <i>β</i><Scripts sup={<i>t</i>} sub="2" /></>} /></span>
        </MathLine>
        <MathLine>
          {W}<Op>:=</Op>{W}<Op>−</Op>{alpha} <Frac big num={<>{v}<sup className="text-[0.7em]">corr</sup></>} den={<>√{s}<sup className="text-[0.7em]">corr</sup> + <i>ε</i></>} />
          <span className="ml-3 text-slate-500">
            (<i>β</i><sub className="text-[0.7em]">1</sub> = {beta1}, <i>β</i><sub className="text-[0.7em]">2</sub> = {beta2}, <i>ε</i> = {formatHyperparameter(epsilon)})
          </span>
        </MathLine>
      </>
    );
  }
  if (optimizer === 'gd') {
    return (
      <MathLine>
        {W}<Op>:=</Op>{W}<Op>−</Op>{alpha} {dW}
      </MathLine>
    );
  }
  return optimizer satisfies never;
}

