import type { Translate } from '@/components/i18n';
import type { PlaygroundConfig } from '@/lib/config/types';
import { distinguishingFields } from '@/lib/compare/runs';

/** Colours of kept runs (distinct from the current run's black and each other, for colour-blind readers too). */
export const RUN_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'] as const;

/** A kept run's colour, by its number. */
export const runColor = (run: { id: number }): string => RUN_COLORS[(run.id - 1) % RUN_COLORS.length]!;

/** A kept run's label: what sets it apart from the other runs, in the page's language. */
export function runLabel(t: Translate, config: PlaygroundConfig, others: readonly PlaygroundConfig[]): string {
  return distinguishingFields(config, others)
    .map((field) => {
      switch (field) {
        case 'optimizer':
          return t(`optimizer.${config.optimizer}`);
        case 'learningRate':
          return `α = ${config.learningRate}`;
        case 'batchSize':
          return config.batchSize === 'full' ? t('compare.fullBatch') : t('compare.batch', { size: config.batchSize });
        case 'init':
          return t(`init.${config.init}`);
        case 'regularization':
          return config.regularization === 'none' ? t('compare.noRegularization') : `${config.regularization.toUpperCase()}, λ = ${config.lambda}`;
        case 'layers':
          return config.layers.length ? t('compare.layers', { layers: config.layers.join('-') }) : t('network.hiddenLayersNone');
        case 'activations':
          return config.activations.join(', ');
        case 'features':
          return config.features.join(', ');
        case 'dataset':
          return t(`dataset.${config.dataset}`);
      }
    })
    .join(', ');
}
