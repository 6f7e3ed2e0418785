'use client';

import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '@/components/i18n';
import { PLANE_MARGIN_PX, isStackedFit, networkZoom, outputArrangement, planeSizeIn, presenterScale, type LayoutMode, type Size } from './fit-layout';
import { useBoxSize, useViewportSize } from './use-box-size';

export interface PlaygroundLayoutProps {
  mode: LayoutMode;
  /** The page header (page mode only; null on a lesson page). */
  header?: ReactNode;
  /** The training bar and its second row; null when the controls are hidden. */
  bar: ReactNode;
  notices: ReactNode;
  /** The data controls; a panel on the page, one click away (a popover) in presenter mode and small embeds. */
  data: ReactNode;
  network: ReactNode;
  /** The plane drawn with a square of `sizePx`; null when the boundary is hidden. */
  plane: ((sizePx: number) => ReactNode) | null;
  readouts: ((columns: 2 | 4) => ReactNode) | null;
  /** The cost chart's svg at `size`; null when the cost is hidden. */
  cost: ((size: Size) => ReactNode) | null;
  /** Panels of further views (view-registry.tsx), after the output. */
  views?: ReactNode;
  /** Step-through, while open: a sheet along the bottom of the screen (the page scrolls above it), or under the panels when the layout fills the screen. */
  stepper?: ReactNode;
  onExitPresenter(): void;
  children?: ReactNode;
}

const REM_PX = 16;
/** Page mode: the plane's largest side, so the page keeps the network and the plane in view together. */
const PAGE_PLANE_MAX_PX = 520;
/** Embeds wider than this keep the data panel beside the others. */
const EMBED_DATA_PANEL_MIN_WIDTH_PX = 1000;
/** The count line under the plane, where it is shown. */
const COUNT_LINE_REM = 1.5;
/** Below this the plane is not worth drawing: a frame too small for its panels grows (or scrolls) instead. */
const FILL_PLANE_MIN_PX = 150;

/**
 * Arranges the playground's panels for its mode and sizes the plane, the cost chart and the network
 * diagram from the boxes they get. Page mode scrolls; presenter mode and embeds fill the screen (or
 * frame) they are given, and stack into a growing column where it is too small (isStackedFit).
 */
export function PlaygroundLayout(props: PlaygroundLayoutProps) {
  const { mode, plane, readouts, cost } = props;
  const t = useT();
  const isPresenting = mode === 'presenter';
  const viewport = useViewportSize(mode !== 'page');
  const isFilled = mode !== 'page' && viewport.widthPx > 0 && !isStackedFit(viewport);
  // Presenter mode zooms the page by `scale` (globals.css): it is laid out as if the screen were about
  // 1280×720, so type, maps and lines grow with the screen. Boxes below are in those (unzoomed) px.
  const scale = isPresenting && isFilled ? presenterScale(viewport) : 1;
  const remPx = REM_PX;
  const isDataPopover = props.data !== null && (isPresenting || (mode === 'embed' && (!isFilled || viewport.widthPx < EMBED_DATA_PANEL_MIN_WIDTH_PX)));
  const [isDataOpen, setDataOpen] = useState(false);
  // The data popover closes with Escape, like the other popovers.
  useEffect(() => {
    if (!isDataOpen) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setDataOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isDataOpen]);

  const stageRef = useRef<HTMLDivElement>(null);
  const networkRef = useRef<HTMLDivElement>(null);
  const outputRef = useRef<HTMLElement>(null);
  const planeBoxRef = useRef<HTMLDivElement>(null);
  const costBoxRef = useRef<HTMLDivElement>(null);
  const stage = useBoxSize(stageRef, mode);
  const networkNatural = useBoxSize(networkRef, mode);
  const output = useBoxSize(outputRef, mode);

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', isPresenting);
    root.classList.toggle('presenting-fill', isPresenting && isFilled);
    root.style.setProperty('--presenter-scale', String(scale));
    return () => {
      root.classList.remove('presenting', 'presenting-fill');
      root.style.removeProperty('--presenter-scale');
    };
  }, [isPresenting, isFilled, scale]);

  const hasOutput = plane !== null || cost !== null;
  const sideWidthPx = 18 * remPx;
  const belowHeightPx = 12 * remPx;
  // A wide page puts the readouts and the cost beside a plane of at least 440 px.
  const isPageSide = mode === 'page' && plane !== null && cost !== null && output.widthPx >= 440 + PLANE_MARGIN_PX.horizontal + sideWidthPx + 12;
  const arrangement = isFilled && plane && cost ? outputArrangement(output, sideWidthPx, belowHeightPx, FILL_PLANE_MIN_PX + PLANE_MARGIN_PX.horizontal) : isPageSide ? 'side' : 'below';
  const flowPlaneBoxPx = output.widthPx - (arrangement === 'side' ? sideWidthPx + 12 : 0);
  const planeBox = useBoxSize(planeBoxRef, `${mode}${arrangement}`);
  const costBox = useBoxSize(costBoxRef, `${mode}${arrangement}`);
  const countPx = isPresenting ? 0 : COUNT_LINE_REM * remPx;
  const planeSizePx = isFilled
    ? planeSizeIn({ widthPx: planeBox.widthPx, heightPx: planeBox.heightPx - countPx }, FILL_PLANE_MIN_PX, 2000)
    : planeSizeIn({ widthPx: flowPlaneBoxPx, heightPx: Infinity }, 200, mode === 'page' ? PAGE_PLANE_MAX_PX : 640);
  const costSize: Size = isFilled
    ? { widthPx: Math.max(160, costBox.widthPx), heightPx: Math.max(80, Math.min(costBox.heightPx - 1.5 * remPx, costBox.widthPx * 0.75)) }
    : { widthPx: arrangement === 'side' ? sideWidthPx : Math.max(200, Math.min(output.widthPx, 640)), heightPx: 130 };
  const networkBox = isFilled ? { widthPx: stage.widthPx, heightPx: stage.heightPx - 2 * remPx } : { widthPx: stage.widthPx - 26, heightPx: Infinity };
  const networkZoomed = isFilled ? networkZoom(networkBox, networkNatural, isPresenting ? 1.25 : 1, hasOutput ? 0.45 : 1) : Math.min(1, networkZoom(networkBox, networkNatural, 1));

  const tools =
    isDataPopover || isPresenting ? (
      <div className="relative flex shrink-0 items-center gap-2">
        {isDataPopover ? (
          <button type="button" className="btn whitespace-nowrap" data-testid="data-toggle" aria-expanded={isDataOpen} onClick={() => setDataOpen((o) => !o)}>
            {t('data.title')} {isDataOpen ? '▴' : '▾'}
          </button>
        ) : null}
        {isPresenting ? (
          <button type="button" className="btn whitespace-nowrap" data-testid="presenter-exit" onClick={props.onExitPresenter}>
            {t('display.presenterExit')}
          </button>
        ) : null}
        {isDataPopover && isDataOpen ? (
          <section className="panel absolute top-full right-0 z-40 mt-1 w-[16rem] shadow-lg" aria-labelledby="data-heading" data-testid="data-popover">
            <h2 id="data-heading" className="panel-title">{t('data.title')}</h2>
            {props.data}
          </section>
        ) : null}
      </div>
    ) : null;

  const zoomStyle = (z: number): CSSProperties | undefined => (z === 1 ? undefined : { zoom: z });
  const outputSection = hasOutput ? (
    <section
      ref={outputRef}
      className={`panel flex min-w-0 flex-col ${isFilled ? 'min-h-0 flex-1' : 'flex-[1_1_26rem] max-lg:order-first'}`}
      aria-labelledby="output-heading"
    >
      <h2 id="output-heading" className={isFilled || isPresenting ? 'sr-only' : 'panel-title'}>{t('output.title')}</h2>
      <div className={`flex min-w-0 gap-3 ${isFilled ? 'min-h-0 flex-1' : ''} ${arrangement === 'side' ? `flex-row ${isFilled ? '' : 'items-start'}` : 'flex-col'}`}>
        {plane ? (
          <div
            ref={planeBoxRef}
            className={isFilled ? 'flex min-w-0 flex-1 flex-col items-center justify-center' : 'flex flex-col'}
            style={isFilled ? { minHeight: FILL_PLANE_MIN_PX + PLANE_MARGIN_PX.vertical + countPx } : undefined}
          >
            {plane(planeSizePx)}
          </div>
        ) : null}
        <div className={`flex min-w-0 flex-col gap-3 ${arrangement === 'side' ? 'w-[18rem] shrink-0' : ''} ${isFilled && !plane ? 'min-h-0 flex-1' : ''} ${isFilled && plane && arrangement === 'below' ? 'shrink-0' : ''}`}>
          {readouts ? readouts(arrangement === 'below' && isFilled ? 4 : 2) : null}
          {cost ? (
            <div ref={costBoxRef} className={isFilled ? (plane && arrangement === 'below' ? 'h-[8rem]' : 'min-h-[7rem] flex-1') : ''}>
              {cost(costSize)}
            </div>
          ) : null}
        </div>
      </div>
    </section>
  ) : null;

  return (
    <div
      className={`flex flex-col ${mode === 'page' ? 'mx-auto max-w-[1600px] gap-3 p-4' : 'gap-2 p-2'} ${isFilled ? (isPresenting ? 'presenter-fill' : 'h-dvh') : ''} ${isPresenting ? 'presenter' : ''}`}
      data-testid="playground"
      data-presenter={isPresenting || undefined}
      data-layout={isFilled ? 'fill' : 'flow'}
    >
      {mode === 'page' ? props.header : null}
      {props.bar !== null || tools ? (
        <section className="panel flex flex-wrap items-start gap-3">
          {props.bar !== null ? <div className="min-w-[min(100%,24rem)] flex-1">{props.bar}</div> : <div className="flex-1" />}
          {tools}
        </section>
      ) : null}
      {props.notices}
      <div ref={stageRef} className={`flex gap-2 ${isFilled ? 'min-h-0 flex-1 items-stretch' : mode === 'page' ? 'flex-wrap items-start gap-4' : 'flex-wrap items-start'}`}>
        {props.data !== null && !isDataPopover ? (
          <section className={`panel w-[230px] shrink-0 max-sm:w-full ${isFilled ? 'overflow-y-auto' : ''}`} aria-labelledby="data-heading">
            <h2 id="data-heading" className="panel-title">{t('data.title')}</h2>
            {props.data}
          </section>
        ) : null}
        {props.network !== null ? (
          <section className={`panel max-w-full shrink-0 ${isFilled ? 'overflow-hidden' : ''}`} aria-labelledby="network-heading">
            <h2 id="network-heading" className={isPresenting ? 'sr-only' : 'panel-title'}>{t('network.title')}</h2>
            <div style={zoomStyle(networkZoomed)}>
              <div ref={networkRef} className="w-max">{props.network}</div>
            </div>
          </section>
        ) : null}
        {outputSection}
        {props.views}
      </div>
      {props.stepper ? (
        isFilled ? (
          <div className="max-h-[45%] min-h-[12rem] shrink-0 overflow-auto">{props.stepper}</div>
        ) : (
          <>
            <div className="h-[46vh] shrink-0" aria-hidden />
            <div className="fixed inset-x-0 bottom-0 z-30 max-h-[45vh] overflow-auto border-t-2 border-slate-300 bg-white shadow-[0_-4px_12px_rgba(0,0,0,0.08)]">{props.stepper}</div>
          </>
        )
      ) : null}
      {props.children}
    </div>
  );
}
