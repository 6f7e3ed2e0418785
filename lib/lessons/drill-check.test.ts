import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { drillNetworkKey } from '../math/shape-drill';
import { CHECKS, initialProgress, observeConfig, observeDrill } from './checks';

const configOf = (query: string) => parseConfig(query).config;
const PRESET = 'dataset=xor&layers=4,3&act=tanh&init=small&batch=full&lr=0.3&speed=30';

describe('observeDrill', () => {
  it('remembers the network of the last drill solved', () => {
    const p = initialProgress(configOf(PRESET));
    expect(p.drillSolved).toBeNull();
    expect(observeDrill(p, '2,4,3,1').drillSolved).toBe('2,4,3,1');
    expect(observeDrill(observeDrill(p, '2,4,3,1'), '2,5,3,1').drillSolved).toBe('2,5,3,1');
  });
});

describe('dimensionsDrilled', () => {
  const config = configOf(PRESET);
  const solved = observeDrill(initialProgress(config), drillNetworkKey(config.features.length, config.layers));

  it('passes once the drill is solved for the network on screen', () => {
    expect(CHECKS.dimensionsDrilled(initialProgress(config))).toBe(false);
    expect(CHECKS.dimensionsDrilled(solved)).toBe(true);
  });
  it('does not count a drill solved for an older network', () => {
    expect(CHECKS.dimensionsDrilled(observeConfig(solved, configOf(PRESET.replace('layers=4,3', 'layers=5,3'))))).toBe(false);
    expect(CHECKS.dimensionsDrilled(observeConfig(solved, configOf(`${PRESET}&features=x1,x2,x1x2`)))).toBe(false);
    // Back to the network it was solved for: it counts again.
    const back = observeConfig(observeConfig(solved, configOf(PRESET.replace('layers=4,3', 'layers=5,3'))), config);
    expect(CHECKS.dimensionsDrilled(back)).toBe(true);
  });
  it('needs two or more hidden layers', () => {
    const shallow = configOf(PRESET.replace('layers=4,3', 'layers=4'));
    expect(CHECKS.dimensionsDrilled(observeDrill(initialProgress(shallow), drillNetworkKey(2, [4])))).toBe(false);
  });
});
