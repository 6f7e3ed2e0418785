'use client';

import { useEffect, useRef, type CSSProperties } from 'react';
import { paintHeatmap } from './colors';

export interface HeatmapCanvasProps {
  values: Float32Array | null;
  /** Index of the first of this map's gridSize² values in `values`. */
  offset: number;
  gridSize: number;
  lut: Uint8ClampedArray;
  range: [number, number];
  className?: string;
  style?: CSSProperties;
  label?: string;
}

/**
 * A gridSize × gridSize heatmap painted through a colour lookup table into ImageData;
 * the canvas keeps grid resolution and CSS scales it to its box.
 */
export function HeatmapCanvas({ values, offset, gridSize, lut, range, className, style, label }: HeatmapCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [min, max] = range;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    if (canvas.width !== gridSize) canvas.width = gridSize;
    if (canvas.height !== gridSize) canvas.height = gridSize;
    const image = context.createImageData(gridSize, gridSize);
    if (values) paintHeatmap(image.data, values, offset, gridSize * gridSize, lut, min, max);
    else image.data.fill(240);
    context.putImageData(image, 0, 0);
  }, [values, offset, gridSize, lut, min, max]);

  return (
    <canvas
      ref={canvasRef}
      className={className}
      style={style}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
