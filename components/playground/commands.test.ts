import { describe, expect, it } from 'vitest';
import { createCommandChannel, type PlaygroundCommand } from './commands';

describe('createCommandChannel', () => {
  it('delivers each command once to the listener, and none after it stops listening', () => {
    const channel = createCommandChannel();
    const seen: PlaygroundCommand[] = [];
    channel.send('play'); // nobody listens yet: dropped
    const stop = channel.listen((command) => seen.push(command));
    channel.send('step');
    channel.send('step');
    channel.send('reset');
    stop();
    channel.send('pause');
    expect(seen).toEqual(['step', 'step', 'reset']);
  });
});
