'use client';

import { useId, type ReactNode } from 'react';
import { CONTROLS, PANELS, THEMES, type Control, type Panel, type Theme } from '@/lib/config/display-options';
import { LOCALES } from '@/lib/i18n/locale';
import type { MessageKey } from '@/lib/i18n';
import { DEFAULT_FIXED_SIZE, EMBED_SIZE_LIMITS, toggleItem, type EmbedLanguage, type EmbedOptions, type PointsInLink } from '@/lib/share/embed-builder';
import { MAX_SHARED_POINTS } from '@/lib/share/point-codec';
import { useT } from '@/components/i18n';
import { NumberField } from './number-field';

const PANEL_LABELS: Record<Panel, MessageKey> = {
  controls: 'embed.panel.controls',
  data: 'embed.panel.data',
  network: 'embed.panel.network',
  boundary: 'embed.panel.boundary',
  cost: 'embed.panel.cost',
  stepper: 'embed.panel.stepper',
};

const CONTROL_LABELS: Record<Control, MessageKey> = {
  play: 'train.play',
  step: 'train.step',
  reset: 'train.reset',
  lr: 'train.learningRate',
  batch: 'train.batchSize',
  init: 'train.init',
  until: 'train.until',
  speed: 'train.speed',
  optimizer: 'train.optimizer',
  reg: 'train.regularization',
};

const THEME_LABELS: Record<Theme, MessageKey> = { light: 'embed.theme.light', dark: 'embed.theme.dark' };
/** Each language in its own name, as the language switch shows them. */
const LANGUAGE_NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', zh: '简体中文' };

function Group({ legend, children, note }: { legend: string; children: ReactNode; note?: string }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-xs font-semibold text-slate-500">{legend}</legend>
      {children}
      {note ? <p className="text-xs text-slate-500">{note}</p> : null}
    </fieldset>
  );
}

function Check({ label, checked, disabled, title, describedBy, testId, onChange }: { label: string; checked: boolean; disabled?: boolean; title?: string; describedBy?: string; testId: string; onChange(isOn: boolean): void }) {
  return (
    <label className={`flex items-start gap-1.5 ${disabled ? 'text-slate-400' : 'text-slate-800'}`} title={title}>
      <input type="checkbox" className="mt-0.5 shrink-0" checked={checked} disabled={disabled} aria-describedby={describedBy} data-testid={testId} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export interface EmbedOptionsFormProps {
  options: EmbedOptions;
  onChange(options: EmbedOptions): void;
  pointsInLink: PointsInLink;
}

/** The builder's choices: panels, controls, theme, language, size and what the link carries. */
export function EmbedOptionsForm({ options, onChange, pointsInLink }: EmbedOptionsFormProps) {
  const t = useT();
  const pointsReasonId = useId();
  const set = (patch: Partial<EmbedOptions>) => onChange({ ...options, ...patch });
  const hasBar = options.panels.includes('controls');
  const fixed = options.size.kind === 'fixed' ? options.size : null;
  const pointsReason = pointsInLink === 'generated' ? t('embed.pointsGenerated') : pointsInLink === 'tooMany' ? t('embed.pointsTooMany', { max: MAX_SHARED_POINTS }) : undefined;
  const isOnly = (list: readonly string[], item: string) => list.length === 1 && list[0] === item;
  return (
    <div className="grid min-w-0 content-start gap-x-5 gap-y-3 text-sm xl:grid-cols-2" data-testid="embed-options">
      <div className="flex min-w-0 flex-col gap-3">
        <Group legend={t('embed.panels')}>
          {PANELS.map((panel) => (
            <Check
              key={panel}
              label={t(PANEL_LABELS[panel])}
              checked={options.panels.includes(panel)}
              disabled={isOnly(options.panels, panel)}
              title={isOnly(options.panels, panel) ? t('embed.keepOne') : undefined}
              testId={`embed-panel-${panel}`}
              onChange={(isOn) => set({ panels: toggleItem(PANELS, options.panels, panel, isOn) })}
            />
          ))}
        </Group>
        <Group legend={t('embed.controls')} note={hasBar ? undefined : t('embed.controlsNeedBar')}>
          <div className="grid grid-cols-2 gap-x-3 gap-y-1">
            {CONTROLS.map((control) => (
              <Check
                key={control}
                label={t(CONTROL_LABELS[control])}
                checked={options.controls.includes(control)}
                disabled={!hasBar || isOnly(options.controls, control)}
                title={hasBar && isOnly(options.controls, control) ? t('embed.keepOne') : undefined}
                testId={`embed-control-${control}`}
                onChange={(isOn) => set({ controls: toggleItem(CONTROLS, options.controls, control, isOn) })}
              />
            ))}
          </div>
        </Group>
      </div>
      <div className="flex min-w-0 flex-col gap-3">
        <label className="flex min-w-0 flex-col text-xs font-semibold text-slate-500">
          {t('embed.theme')}
          <select className="rounded border border-slate-300 px-1 py-0.5 text-sm font-normal text-slate-900" data-testid="embed-theme" value={options.theme} onChange={(e) => set({ theme: e.target.value as Theme })}>
            {THEMES.map((theme) => <option key={theme} value={theme}>{t(THEME_LABELS[theme])}</option>)}
          </select>
        </label>
        <label className="flex min-w-0 flex-col text-xs font-semibold text-slate-500">
          {t('embed.language')}
          <select className="rounded border border-slate-300 px-1 py-0.5 text-sm font-normal text-slate-900" data-testid="embed-language" value={options.language} onChange={(e) => set({ language: e.target.value as EmbedLanguage })}>
            <option value="visitor">{t('embed.language.visitor')}</option>
            {LOCALES.map((locale) => <option key={locale} value={locale}>{LANGUAGE_NAMES[locale]}</option>)}
          </select>
        </label>
        <Group legend={t('embed.size')} note={fixed ? undefined : t('embed.size.responsiveNote')}>
          <label className="flex items-start gap-1.5 text-slate-800">
            <input type="radio" name="embed-size" className="mt-1 shrink-0" checked={!fixed} data-testid="embed-size-responsive" onChange={() => set({ size: { kind: 'responsive' } })} />
            <span>{t('embed.size.responsive')}</span>
          </label>
          <label className="flex items-start gap-1.5 text-slate-800">
            <input type="radio" name="embed-size" className="mt-1 shrink-0" checked={fixed !== null} data-testid="embed-size-fixed" onChange={() => set({ size: { kind: 'fixed', ...DEFAULT_FIXED_SIZE } })} />
            <span>{t('embed.size.fixed')}</span>
          </label>
          {fixed ? (
            <div className="flex gap-3 pl-5">
              <NumberField label={t('embed.width')} value={fixed.widthPx} {...EMBED_SIZE_LIMITS.widthPx} isWhole testId="embed-width" errorName="embed-width" onCommit={(v) => v !== null && set({ size: { ...fixed, widthPx: v } })} />
              <NumberField label={t('embed.height')} value={fixed.heightPx} {...EMBED_SIZE_LIMITS.heightPx} isWhole testId="embed-height" errorName="embed-height" onCommit={(v) => v !== null && set({ size: { ...fixed, heightPx: v } })} />
            </div>
          ) : null}
        </Group>
        <Group legend={t('embed.include')}>
          <Check label={t('embed.includeConfig')} checked={options.includesConfig} testId="embed-include-config" onChange={(isOn) => set({ includesConfig: isOn })} />
          <Check
            label={t('embed.includePoints')}
            checked={options.includesPoints && pointsInLink === 'ok'}
            disabled={pointsInLink !== 'ok'}
            describedBy={pointsReason ? pointsReasonId : undefined}
            testId="embed-include-points"
            onChange={(isOn) => set({ includesPoints: isOn })}
          />
          {pointsReason ? <p id={pointsReasonId} className="pl-5 text-xs text-slate-500" data-testid="embed-points-reason">{pointsReason}</p> : null}
        </Group>
      </div>
    </div>
  );
}
