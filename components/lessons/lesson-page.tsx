'use client';

import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { formatConfig, parseConfig } from '@/lib/config';
import { setSingleLayer } from '@/lib/config/edits';
import { DEFAULT_DISPLAY, parseDisplay, type DisplayConfig } from '@/lib/config/display';
import type { PlaygroundConfig } from '@/lib/config/types';
import { CHECKS, initialProgress, observeConfig, observeDrill, observeInspectors, observePointLoss, observeSnapshot, observeStepThrough, type CheckId, type LessonProgress, type PointLossEvent, type StepThroughEvent } from '@/lib/lessons/checks';
import type { LessonText } from '@/lib/lessons/lesson-file';
import type { TrainingSnapshot } from '@/lib/protocol';
import { I18nProvider, useLocale, useT } from '@/components/i18n';
import { Playground, usePlaygroundState } from '@/components/playground/playground';
import { useUrlLocale, withLang } from '@/components/use-url-locale';
import { assignmentWeek } from '@/lib/lessons/course';
import { LessonCheck } from './lesson-check';
import { LessonsHeader } from './lessons-header';
import { ParametersPanel } from './parameters-panel';
import { UnitSizeButtons } from './unit-size-buttons';

export interface LessonLink {
  slug: string;
  title: Record<Locale, string>;
}

export interface LessonPageProps {
  slug: string;
  number: number;
  total: number;
  text: Record<Locale, LessonText>;
  previous: LessonLink | null;
  next: LessonLink | null;
}

/** The preset of a lesson: its config, and the panels it shows (all but the data panel unless it says). */
function presetOf(query: string): { config: PlaygroundConfig; display: DisplayConfig } {
  const params = new URLSearchParams(query);
  const { display } = parseDisplay(params);
  return {
    config: parseConfig(params).config,
    display: params.has('show') ? display : { ...DEFAULT_DISPLAY, panels: DEFAULT_DISPLAY.panels.filter((p) => p !== 'data') },
  };
}

/** Extra tools some lessons put beside their text. */
const HAS_UNIT_SIZES: ReadonlySet<CheckId> = new Set(['sizeCompared']);
const HAS_PARAMETERS: ReadonlySet<CheckId> = new Set(['parametersCounted']);

function LessonView({ number, total, text, previous, next }: LessonPageProps) {
  const t = useT();
  const { locale } = useLocale();
  const lesson = text[locale];
  const check = lesson.check;
  // The preset is the same in every language, so switching language keeps the playground running.
  const preset = useMemo(() => presetOf(text.en.preset), [text.en.preset]);

  // The lesson owns the playground's state: it reads the configuration from it and edits it (its tools).
  const playground = usePlaygroundState({ config: preset.config });
  const { config } = playground;
  // Progress changes with every snapshot; it lives in a ref, and only what is drawn is state.
  const progressRef = useRef<LessonProgress>(initialProgress(preset.config));
  const [isPassed, setPassed] = useState(false);
  const update = useCallback(
    (progress: LessonProgress) => {
      progressRef.current = progress;
      // Latched: once the learner has seen the point, the check stays green.
      if (CHECKS[check](progress)) setPassed(true);
    },
    [check],
  );
  useEffect(() => update(observeConfig(progressRef.current, config)), [config, update]);
  const onSnapshot = useCallback((snapshot: TrainingSnapshot) => update(observeSnapshot(progressRef.current, snapshot)), [update]);
  const onStepThrough = useCallback((event: StepThroughEvent) => update(observeStepThrough(progressRef.current, event)), [update]);
  const onInspectors = useCallback((open: readonly string[]) => update(observeInspectors(progressRef.current, open)), [update]);
  const onPointLoss = useCallback((event: PointLossEvent) => update(observePointLoss(progressRef.current, event)), [update]);
  const onDrillSolved = useCallback((network: string) => update(observeDrill(progressRef.current, network)), [update]);
  const setUnits = (units: number) => playground.editConfig((c) => setSingleLayer(c, units));

  useEffect(() => {
    document.title = `${lesson.title} · ${t('app.title')}`;
  }, [lesson.title, t]);

  return (
    <>
      <div className="presenter-hidden">
        <LessonsHeader>
          <span className="text-sm text-slate-500" data-testid="lesson-number">{t('lessons.lessonOf', { number, total })}</span>
          <span className="text-sm text-slate-500" data-testid="lesson-section">{assignmentWeek(lesson.section) ? t('lessons.assignment', { week: assignmentWeek(lesson.section)! }) : t('lessons.section', { section: lesson.section })}</span>
        </LessonsHeader>
      </div>
      {/* Side by side from 1280 px: the playground needs about 960 px to keep the boundary beside the network.
          In presenter mode the two fill one screen side by side (lesson-layout in globals.css). */}
      <div className="lesson-layout flex flex-col gap-2 p-2 xl:flex-row xl:items-start">
        <aside className="flex flex-col gap-3 xl:sticky xl:top-0 xl:max-h-screen xl:w-[280px] xl:shrink-0 xl:overflow-y-auto 2xl:w-[360px]" data-testid="lesson-panel">
          <div className="panel flex flex-col gap-4">
            <h1 className="text-xl font-semibold tracking-tight text-slate-900" data-testid="lesson-title">
              <span className="mr-2 text-slate-400">{number}</span>{lesson.title}
            </h1>
            {/* Safe HTML made at build time by lib/lessons/markdown (sanitised, maths set by KaTeX). */}
            <div className="lesson-prose" data-testid="lesson-text" dangerouslySetInnerHTML={{ __html: lesson.html }} />
            <div className="rounded-lg border-l-4 border-sky-500 bg-sky-50 px-3 py-2 text-sm text-sky-950" data-testid="lesson-try">
              <strong className="mr-1 font-semibold">{t('lessons.tryThis')}</strong>
              <span dangerouslySetInnerHTML={{ __html: lesson.tryHtml }} />
            </div>
            {HAS_UNIT_SIZES.has(check) ? <UnitSizeButtons units={config.layers.length === 1 ? (config.layers[0] ?? null) : null} onUnits={setUnits} /> : null}
            {HAS_PARAMETERS.has(check) ? <ParametersPanel config={config} /> : null}
            <LessonCheck goalHtml={lesson.goalHtml} isPassed={isPassed} />
            <a className="text-sm text-slate-600 underline underline-offset-2" href={withLang(`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/?${formatConfig(config)}`, locale)} data-testid="open-playground">
              {t('lessons.openInPlayground')}
            </a>
          </div>
          <nav className="flex flex-col gap-2 text-sm sm:flex-row xl:flex-col" aria-label={t('nav.lessons')}>
            {previous ? (
              <Link className="btn text-left" href={withLang(`/lessons/${previous.slug}/`, locale)} data-testid="lesson-previous" rel="prev">← {t('lessons.previous', { title: previous.title[locale] })}</Link>
            ) : null}
            {next ? (
              <Link className="btn text-left" href={withLang(`/lessons/${next.slug}/`, locale)} data-testid="lesson-next" rel="next">{t('lessons.next', { title: next.title[locale] })} →</Link>
            ) : null}
          </nav>
        </aside>
        <main className="min-w-0 flex-1">
          <Playground state={playground} display={preset.display} isEmbedded syncUrl={false} onSnapshot={onSnapshot} onStepThrough={onStepThrough} onInspectors={onInspectors} onPointLoss={onPointLoss} onDrillSolved={onDrillSolved} />
        </main>
      </div>
    </>
  );
}

/** One lesson: its text, a "try this" prompt and a live check beside a playground preset for it. */
export function LessonPage(props: LessonPageProps) {
  const { locale, setLocale } = useUrlLocale();
  return (
    <I18nProvider locale={locale ?? 'en'} onLocaleChange={setLocale}>
      {locale ? <LessonView key={props.slug} {...props} /> : <div className="p-8 text-slate-500" aria-busy="true">NN Playground…</div>}
    </I18nProvider>
  );
}
