import { DOMAIN_MAX, DOMAIN_MIN, type LabeledPoint, type TrainingSnapshot } from '@/lib/protocol';
import { CLASS_COLORS, DIVERGING_COLORS, buildColorLut, paintHeatmap } from './colors';

const lut = buildColorLut(DIVERGING_COLORS);

/** The decision boundary with its points as a PNG blob, `sizePx` square. */
export async function boundaryPng(snapshot: TrainingSnapshot, points: readonly LabeledPoint[], sizePx = 800): Promise<Blob> {
  const { gridSize } = snapshot;
  const output = snapshot.layerGrids[snapshot.layerGrids.length - 1];
  const grid = document.createElement('canvas');
  grid.width = gridSize;
  grid.height = gridSize;
  const gridContext = grid.getContext('2d')!;
  const image = gridContext.createImageData(gridSize, gridSize);
  if (output) paintHeatmap(image.data, output, 0, gridSize, lut, 0, 1);
  gridContext.putImageData(image, 0, 0);

  const canvas = document.createElement('canvas');
  canvas.width = sizePx;
  canvas.height = sizePx;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = true;
  context.drawImage(grid, 0, 0, sizePx, sizePx);
  const toPx = (v: number) => ((v - DOMAIN_MIN) / (DOMAIN_MAX - DOMAIN_MIN)) * sizePx;
  const radius = sizePx / 100;
  for (const p of points) {
    const x = toPx(p.x1);
    const y = sizePx - toPx(p.x2);
    context.beginPath();
    if (p.label === 1) context.rect(x - radius, y - radius, radius * 2, radius * 2);
    else context.arc(x, y, radius * 1.1, 0, Math.PI * 2);
    context.fillStyle = p.split === 'test' ? '#ffffff' : CLASS_COLORS[p.label];
    context.strokeStyle = p.split === 'test' ? CLASS_COLORS[p.label] : '#ffffff';
    context.lineWidth = p.split === 'test' ? radius / 2 : 1;
    context.fill();
    context.stroke();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}
