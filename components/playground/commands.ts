/** The run commands a host (the embed's postMessage API, a lesson) can give a playground. */
export type PlaygroundCommand = 'play' | 'pause' | 'step' | 'reset';

/**
 * A channel from the host to its playground for run commands. They are events, not state: "step" twice
 * is two steps, and nothing is left to hold after one is done. The configuration and the points are
 * state and go through PlaygroundState instead. A command sent while no playground listens is dropped,
 * as the buttons do nothing before the worker is ready.
 */
export interface CommandChannel {
  send(command: PlaygroundCommand): void;
  /** The playground listens; returns the unsubscribe. */
  listen(handler: (command: PlaygroundCommand) => void): () => void;
}

export function createCommandChannel(): CommandChannel {
  const handlers = new Set<(command: PlaygroundCommand) => void>();
  return {
    send: (command) => handlers.forEach((handler) => handler(command)),
    listen(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
}
