/* global window, document, performance, requestAnimationFrame, PerformanceObserver, MutationObserver */
/**
 * Runs inside the page (Playwright `addInitScript`) before any of its scripts. It only observes:
 * every time is performance.now() in the page (ms since navigation start), and the records are
 * handed to the benchmark by `window.__bench.take()`, which empties them, so a long run can drain
 * them now and then and keep the page's memory flat.
 *
 * - frames: the timestamp of every requestAnimationFrame callback (fps, frame times);
 * - longTasks: main-thread tasks over 50 ms (PerformanceObserver 'longtask');
 * - epochs: the epoch readout (data-testid="epoch") each time its text changes, as { time, value };
 * - attributes: changes of data-points-version, data-drawn-points-version, data-step (the data
 *   plane's wrapper: the drawn snapshot's gradient-step count) and data-steps-per-second (the backend
 *   readout: the worker's own meter);
 * - inputs: the timestamp of each pointermove with the primary button down (a drag);
 * - marks: firstBoundary (data-drawn-points-version first leaves 0), interactive (the play button
 *   first enabled), playClicks (each click on play).
 */
export function installProbes() {
  if (window.__bench || window !== window.top) return;
  const WATCHED = ['data-points-version', 'data-drawn-points-version', 'data-step', 'data-steps-per-second'];
  let frames = [];
  let longTasks = [];
  let epochs = [];
  let attributes = [];
  let inputs = [];
  const marks = { firstBoundary: null, interactive: null, playClicks: [] };

  const onFrame = (time) => {
    frames.push(time);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figures say null.
    longTasks = null;
  }

  new MutationObserver((records) => {
    const time = performance.now();
    for (const record of records) {
      const target = record.target;
      const name = record.attributeName;
      if (name === 'disabled') {
        if (marks.interactive === null && target.getAttribute('data-testid') === 'play' && !target.disabled) {
          marks.interactive = time;
        }
        continue;
      }
      const value = target.getAttribute(name);
      attributes.push({ time, name, value: Number(value) });
      if (name === 'data-drawn-points-version' && marks.firstBoundary === null && value !== '0') marks.firstBoundary = time;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: [...WATCHED, 'disabled'] });

  let epochElement = null;
  const readEpoch = () => {
    const epoch = Number((epochElement?.textContent ?? '').replace(/,/g, ''));
    if (!Number.isFinite(epoch)) return;
    const last = epochs[epochs.length - 1];
    if (!last || last.value !== epoch) epochs.push({ time: performance.now(), value: epoch });
  };
  const epochObserver = new MutationObserver(readEpoch);
  // The readout appears once the page has parsed its URL; follow it if React ever replaces it.
  new MutationObserver(() => {
    const element = document.querySelector('[data-testid="epoch"]');
    if (!element || element === epochElement) return;
    epochElement = element;
    epochObserver.disconnect();
    epochObserver.observe(element, { subtree: true, childList: true, characterData: true });
    readEpoch();
    const play = document.querySelector('[data-testid="play"]');
    if (marks.interactive === null && play && !play.disabled) marks.interactive = performance.now();
  }).observe(document, { subtree: true, childList: true });

  window.addEventListener(
    'pointermove',
    (event) => {
      if (event.buttons & 1) inputs.push(event.timeStamp);
    },
    { capture: true, passive: true },
  );
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof window.Element && event.target.closest('[data-testid="play"]')) marks.playClicks.push(event.timeStamp);
    },
    { capture: true },
  );

  window.__bench = {
    /** Everything recorded since the last call (marks are kept), and the page's clock now. */
    take() {
      const taken = { now: performance.now(), frames, longTasks, epochs, attributes, inputs, marks: { ...marks, playClicks: [...marks.playClicks] } };
      frames = [];
      longTasks = longTasks === null ? null : [];
      epochs = [];
      attributes = [];
      inputs = [];
      return taken;
    },
  };
}
