import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '@/lib/protocol';
import { activationPlotGeometry } from './activation-plot-geometry';

const box = { widthPx: 110, heightPx: 70, marginPx: 5 };

/** The [x, y] pairs of a d3 line path (M…L…L…). */
function pointsOf(path: string): [number, number][] {
  return path
    .slice(1)
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

describe('activationPlotGeometry', () => {
  it('spans z from −5 to 5 across the box', () => {
    const points = pointsOf(activationPlotGeometry('tanh', box, 11).gPath);
    expect(points).toHaveLength(11);
    expect(points[0]![0]).toBe(5);
    expect(points[10]![0]).toBe(105);
    expect(activationPlotGeometry('tanh', box).zeroXPx).toBe(55);
  });

  it('gives each activation its own curves', () => {
    const paths = ACTIVATIONS.map((a) => activationPlotGeometry(a, box).gPath);
    expect(new Set(paths).size).toBe(ACTIVATIONS.length);
  });

  it('shows tanh saturating: g′ is near the zero line at z = ±5 and at the top at z = 0', () => {
    const geometry = activationPlotGeometry('tanh', box, 11);
    expect(geometry.yDomain[0]).toBeCloseTo(-1, 3);
    expect(geometry.yDomain[1]).toBe(1);
    const dg = pointsOf(geometry.dgPath);
    expect(Math.abs(dg[0]![1] - geometry.zeroYPx)).toBeLessThan(0.1);
    expect(Math.abs(dg[10]![1] - geometry.zeroYPx)).toBeLessThan(0.1);
    expect(dg[5]![1]).toBe(5);
  });

  it('draws sigmoid between 0 and 1 with its derivative peaking at 1/4', () => {
    const geometry = activationPlotGeometry('sigmoid', box, 11);
    expect(geometry.yDomain[0]).toBe(0);
    expect(geometry.yDomain[1]).toBeCloseTo(0.9933, 4);
    const dgPeak = pointsOf(geometry.dgPath)[5]![1];
    expect(dgPeak).toBeCloseTo(geometry.zeroYPx - (0.25 / geometry.yDomain[1]) * 60, 2);
  });

  it('draws the ReLU derivative as a step from 0 to 1', () => {
    const geometry = activationPlotGeometry('relu', box, 11);
    expect(geometry.yDomain).toEqual([0, 5]);
    const dg = pointsOf(geometry.dgPath).map(([, y]) => y);
    expect(dg.slice(0, 6).every((y) => y === geometry.zeroYPx)).toBe(true);
    expect(dg.slice(6).every((y) => y === 65 - 12)).toBe(true);
  });
});
