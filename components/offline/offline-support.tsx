'use client';

import { useEffect, useState } from 'react';
import { mayActivateUpdate, serviceWorkerUrls, SETTLE_MS, SKIP_WAITING_MESSAGE, UPDATED_FLAG_KEY } from '@/lib/offline/messages';
import { UpdatedNotice } from './updated-notice';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** sessionStorage can throw (storage blocked in a third-party iframe): then there is no notice. */
function readAndClearUpdatedFlag(): boolean {
  try {
    const isSet = window.sessionStorage.getItem(UPDATED_FLAG_KEY) === '1';
    window.sessionStorage.removeItem(UPDATED_FLAG_KEY);
    return isSet;
  } catch {
    return false;
  }
}

function setUpdatedFlag(): void {
  try {
    window.sessionStorage.setItem(UPDATED_FLAG_KEY, '1');
  } catch {
    // No notice after the reload; the update itself still happens.
  }
}

/** Runs `then` SETTLE_MS after the page's load event (see SETTLE_MS); returns a cancel function. */
function afterSettling(then: () => void): () => void {
  let timer: number | undefined;
  const start = () => {
    timer = window.setTimeout(then, SETTLE_MS);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return () => {
    window.removeEventListener('load', start);
    window.clearTimeout(timer);
  };
}

/**
 * Registers the service worker (production builds only: `next dev` has no sw.js) and applies a new
 * deployment safely (the rules are in workers/service-worker.ts): a waiting new version is asked to
 * take over only while this page is unused, and the page reloads as soon as it has, so old code never
 * runs against the new precache; after that reload a short "updated" notice is shown.
 *
 * Registration can fail, e.g. inside a cross-origin iframe whose browser blocks third-party storage:
 * the page then works as before, online only, and nothing is logged.
 */
export function OfflineSupport() {
  const [isUpdated, setUpdated] = useState(false);

  useEffect(() => {
    // Absent in insecure contexts and some private modes; present but undefined where it is blocked.
    const container = (navigator as { serviceWorker?: ServiceWorkerContainer }).serviceWorker;
    if (process.env.NODE_ENV !== 'production' || !container) return;
    if (readAndClearUpdatedFlag()) setUpdated(true);
    const wasControlled = container.controller !== null;
    let isPageUsed = false;
    let isReloading = false;
    let registration: ServiceWorkerRegistration | undefined;
    const markUsed = () => {
      isPageUsed = true;
    };
    let cancelSettling = () => {};
    const tryActivate = () => {
      cancelSettling();
      cancelSettling = afterSettling(() => {
        const waiting = registration?.waiting;
        if (waiting && mayActivateUpdate({ wasControlled, isPageUsed })) waiting.postMessage({ type: SKIP_WAITING_MESSAGE });
      });
    };
    const onUpdateFound = () => {
      const installing = registration?.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') tryActivate();
      });
    };
    const onControllerChange = () => {
      // On the first install clientsClaim takes this page over; nothing older ran here, so no reload.
      if (!wasControlled || isReloading) return;
      isReloading = true;
      setUpdatedFlag();
      window.location.reload();
    };
    window.addEventListener('pointerdown', markUsed, { capture: true });
    window.addEventListener('keydown', markUsed, { capture: true });
    container.addEventListener('controllerchange', onControllerChange);
    const { scriptUrl, scope } = serviceWorkerUrls(basePath);
    container.register(scriptUrl, { scope }).then(
      (registered: ServiceWorkerRegistration | undefined) => {
        // Where registration is blocked (an automation setting), the promise can resolve with nothing.
        if (!registered) return;
        registration = registered;
        registered.addEventListener('updatefound', onUpdateFound);
        if (registered.installing) onUpdateFound();
        tryActivate();
      },
      () => {
        // Not allowed here (a partitioned or blocked third-party iframe, a private window): online only.
      },
    );
    return () => {
      cancelSettling();
      window.removeEventListener('pointerdown', markUsed, { capture: true });
      window.removeEventListener('keydown', markUsed, { capture: true });
      container.removeEventListener('controllerchange', onControllerChange);
      registration?.removeEventListener('updatefound', onUpdateFound);
    };
  }, []);

  return isUpdated ? <UpdatedNotice onDismiss={() => setUpdated(false)} /> : null;
}
