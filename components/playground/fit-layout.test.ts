import { describe, expect, it } from 'vitest';
import { PLANE_MARGIN_PX, isStackedFit, networkZoom, outputArrangement, planeSizeIn, presenterScale } from './fit-layout';

describe('presenterScale', () => {
  it('is 1 at 1280×720 and grows with the screen', () => {
    expect(presenterScale({ widthPx: 1280, heightPx: 720 })).toBe(1);
    expect(presenterScale({ widthPx: 1920, heightPx: 1080 })).toBe(1.5);
    expect(presenterScale({ widthPx: 3840, heightPx: 2160 })).toBe(3);
  });
  it('follows the tighter dimension, within [0.75, 3]', () => {
    expect(presenterScale({ widthPx: 1024, heightPx: 768 })).toBeCloseTo(0.8);
    expect(presenterScale({ widthPx: 1366, heightPx: 768 })).toBeCloseTo(1.0667, 3);
    expect(presenterScale({ widthPx: 390, heightPx: 844 })).toBe(0.75);
    expect(presenterScale({ widthPx: 7680, heightPx: 4320 })).toBe(3);
  });
  it('is 1 before the screen is measured', () => {
    expect(presenterScale({ widthPx: 0, heightPx: 0 })).toBe(1);
  });
});

describe('isStackedFit', () => {
  it('fills landscape screens and frames', () => {
    for (const [widthPx, heightPx] of [[1024, 768], [1280, 720], [760, 570], [800, 600], [3840, 2160]] as const) {
      expect(isStackedFit({ widthPx, heightPx })).toBe(false);
    }
  });
  it('stacks on phones, portrait screens and very short frames', () => {
    expect(isStackedFit({ widthPx: 390, heightPx: 844 })).toBe(true);
    expect(isStackedFit({ widthPx: 320, heightPx: 480 })).toBe(true);
    expect(isStackedFit({ widthPx: 768, heightPx: 1024 })).toBe(true);
    expect(isStackedFit({ widthPx: 1280, heightPx: 300 })).toBe(true);
  });
});

describe('outputArrangement', () => {
  it('puts the readouts beside the plane in a wide box, under it in a tall one', () => {
    expect(outputArrangement({ widthPx: 900, heightPx: 500 }, 260, 200)).toBe('side');
    expect(outputArrangement({ widthPx: 400, heightPx: 700 }, 260, 200)).toBe('below');
  });
  it('chooses the larger plane', () => {
    // side: min(700 − 260, 600) = 440; below: min(700, 600 − 200) = 400.
    expect(outputArrangement({ widthPx: 700, heightPx: 600 }, 260, 200)).toBe('side');
    // side: min(560 − 260, 600) = 300; below: min(560, 600 − 200) = 400.
    expect(outputArrangement({ widthPx: 560, heightPx: 600 }, 260, 200)).toBe('below');
  });
  it('never puts the readouts beside a plane narrower than the minimum, even when under it is smaller still', () => {
    // side: min(448 − 288, 333) = 160; below: min(448, 333 − 192) = 141.
    expect(outputArrangement({ widthPx: 448, heightPx: 333 }, 288, 192)).toBe('side');
    expect(outputArrangement({ widthPx: 448, heightPx: 333 }, 288, 192, 184)).toBe('below');
    expect(outputArrangement({ widthPx: 900, heightPx: 500 }, 260, 200, 184)).toBe('side');
  });
});

describe('planeSizeIn', () => {
  it('takes the smaller side of the box less the axes', () => {
    expect(planeSizeIn({ widthPx: 500, heightPx: 400 }, 100, 2000)).toBe(400 - PLANE_MARGIN_PX.vertical);
    expect(planeSizeIn({ widthPx: 300, heightPx: 900 }, 100, 2000)).toBe(300 - PLANE_MARGIN_PX.horizontal);
  });
  it('stays within its bounds', () => {
    expect(planeSizeIn({ widthPx: 50, heightPx: 50 }, 160, 600)).toBe(160);
    expect(planeSizeIn({ widthPx: 5000, heightPx: 5000 }, 160, 600)).toBe(600);
  });
});

describe('networkZoom', () => {
  const natural = { widthPx: 440, heightPx: 480 };
  it('grows to the cap when there is room', () => {
    expect(networkZoom({ widthPx: 3000, heightPx: 2000 }, natural, 3)).toBe(3);
  });
  it('shrinks to fit the height or its share of the width', () => {
    expect(networkZoom({ widthPx: 3000, heightPx: 240 }, natural, 3)).toBe(0.5);
    expect(networkZoom({ widthPx: 880, heightPx: 2000 }, natural, 3, 0.5)).toBe(1);
  });
  it('never goes below 0.4, and is 1 before it is measured', () => {
    expect(networkZoom({ widthPx: 10, heightPx: 10 }, natural, 3)).toBe(0.4);
    expect(networkZoom({ widthPx: 800, heightPx: 600 }, { widthPx: 0, heightPx: 0 }, 3)).toBe(1);
  });
});
