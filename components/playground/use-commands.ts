'use client';

import { useEffect, useRef } from 'react';
import type { CommandChannel, PlaygroundCommand } from './commands';

/** Runs the host's commands with the newest handlers (the channel is listened to once). */
export function useCommands(channel: CommandChannel, handlers: Record<PlaygroundCommand, () => void>): void {
  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  });
  useEffect(() => channel.listen((command) => handlersRef.current[command]()), [channel]);
}
