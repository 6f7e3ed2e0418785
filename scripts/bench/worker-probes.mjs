/**
 * What the benchmark reads inside the trainer worker without an API in the app: heap sizes (through a
 * CDP session that reaches the worker) and TensorFlow.js's tensor count.
 */

/**
 * A CDP session on the page that also reaches the trainer worker (auto-attached, non-flattened, so
 * Playwright's own sessions are untouched): heap sizes after a garbage collection, for both.
 */
export async function openHeapProbe(page) {
  const session = await page.context().newCDPSession(page);
  const workerSessions = [];
  const pending = new Map();
  let nextId = 1;
  session.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') workerSessions.push(event.sessionId);
  });
  session.on('Target.detachedFromTarget', (event) => {
    const index = workerSessions.indexOf(event.sessionId);
    if (index >= 0) workerSessions.splice(index, 1);
  });
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    const resolve = pending.get(message.id);
    if (resolve) {
      pending.delete(message.id);
      resolve(message.result ?? null);
    }
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  for (let i = 0; i < 20 && workerSessions.length === 0; i++) await page.waitForTimeout(100);

  const sendToWorker = (method, params = {}) => {
    const sessionId = workerSessions[workerSessions.length - 1];
    if (!sessionId) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      session
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(() => pending.delete(id) && resolve(null));
      setTimeout(() => pending.delete(id) && resolve(null), 5000);
    });
  };

  return {
    /** Used JS heap in bytes after a forced garbage collection: { page, worker } (worker null if unreachable). */
    async heapBytes() {
      await session.send('HeapProfiler.collectGarbage');
      const pageHeap = await session.send('Runtime.getHeapUsage');
      await sendToWorker('HeapProfiler.collectGarbage');
      const workerHeap = await sendToWorker('Runtime.getHeapUsage');
      return { page: pageHeap.usedSize, worker: workerHeap?.usedSize ?? null };
    },
    close: () => session.detach().catch(() => undefined),
  };
}

/**
 * tf.memory().numTensors in the worker. TensorFlow.js keeps its engine on the global object
 * (`_tfengine`), so Playwright's handle on the worker reads it without an API in the app.
 */
export async function numTensors(page) {
  for (const worker of page.workers()) {
    const count = await worker.evaluate(() => globalThis._tfengine?.memory().numTensors ?? null).catch(() => null);
    if (count !== null) return count;
  }
  return null;
}

/** numTensors once two readings 100 ms apart agree (a snapshot being built holds tensors briefly). */
export async function settledNumTensors(page) {
  let previous = await numTensors(page);
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(100);
    const count = await numTensors(page);
    if (count === previous) return count;
    previous = count;
  }
  return previous;
}
