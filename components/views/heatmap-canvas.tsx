'use client';

import { useEffect, useRef, type CSSProperties } from 'react';
import { heatmapSide, paintHeatmap } from './colors';

export interface HeatmapCanvasProps {
  values: Float32Array | null;
  /** Index of the first of this map's gridSize² values in `values`. */
  offset: number;
  gridSize: number;
  lut: Uint8ClampedArray;
  range: [number, number];
  /** Draw every `stride`-th cell: small thumbnails need no more pixels than they show. */
  stride?: number;
  className?: string;
  style?: CSSProperties;
  label?: string;
}

/**
 * A gridSize × gridSize heatmap painted through a colour lookup table into ImageData;
 * the canvas keeps grid resolution and CSS scales it to its box.
 */
export function HeatmapCanvas({ values, offset, gridSize, lut, range, stride = 1, className, style, label }: HeatmapCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [min, max] = range;

  const imageRef = useRef<ImageData | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const side = heatmapSide(gridSize, stride);
    if (canvas.width !== side) canvas.width = side;
    if (canvas.height !== side) canvas.height = side;
    if (imageRef.current?.width !== side) imageRef.current = context.createImageData(side, side);
    const image = imageRef.current;
    if (values) paintHeatmap(image.data, values, offset, gridSize, lut, min, max, stride);
    else image.data.fill(240);
    context.putImageData(image, 0, 0);
  }, [values, offset, gridSize, lut, min, max, stride]);

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
