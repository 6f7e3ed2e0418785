/**
 * The embed's postMessage API, version 1. Every message, both ways, is a plain object
 * `{ source: 'nn-playground', version: 1, type, … }`.
 *
 * In (parent → embed): play · pause · step · reset · getState · setConfig { config } · setPoints { points }.
 * Any inbound message may carry `requestId` (string or number); the `state` or `error` it causes
 * echoes it. Out (embed → parent): ready · state · progress · resize · error.
 *
 * The embed page must also check that the event comes from its parent window (event.source) before calling
 * parseInboundMessage; this module only judges the data.
 */
import { DIAGNOSTIC_KINDS } from '../diagnostics/detect';
import * as z from 'zod/mini';

import { MAX_PARAM_LENGTH, formatConfig, type PlaygroundConfig } from '../config';
import type { LabeledPoint, TrainingSnapshot } from '../protocol';
import { MAX_IMPORT_POINTS, pointRecordSchema } from './points-io';

export const EMBED_MESSAGE_SOURCE = 'nn-playground';
export const EMBED_MESSAGE_VERSION = 1;

/** Structural limits checked before any schema runs. */
export const EMBED_MESSAGE_LIMITS = {
  /** Nesting depth: message › points › point › value is 3. */
  depth: 6,
  /** Objects, arrays and values in one message (5000 points × 5 fits). */
  nodes: 40_000,
  arrayLength: MAX_IMPORT_POINTS,
  /** Keys in any one object (setConfig's config included). */
  keys: 64,
} as const;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const requestId = z.optional(z.union([z.string().check(z.maxLength(100)), z.number()]));

const envelope = {
  source: z.literal(EMBED_MESSAGE_SOURCE),
  version: z.literal(EMBED_MESSAGE_VERSION),
  requestId,
};

const configPatchSchema = z
  .record(z.string().check(z.maxLength(64)), z.union([z.string().check(z.maxLength(MAX_PARAM_LENGTH)), z.number(), z.boolean()]))
  .check(z.refine((record) => Object.keys(record).length <= EMBED_MESSAGE_LIMITS.keys, 'too many keys'));

export const inboundMessageSchema = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('play') }),
  z.object({ ...envelope, type: z.literal('pause') }),
  z.object({ ...envelope, type: z.literal('step') }),
  z.object({ ...envelope, type: z.literal('reset') }),
  z.object({ ...envelope, type: z.literal('getState') }),
  /** `config` uses the URL parameter names and spellings; apply it with applyConfigPatch. */
  z.object({ ...envelope, type: z.literal('setConfig'), config: configPatchSchema }),
  /** The points replace all current points; split defaults to train. */
  z.object({ ...envelope, type: z.literal('setPoints'), points: z.array(pointRecordSchema).check(z.maxLength(MAX_IMPORT_POINTS)) }),
]);

export type InboundMessage = z.output<typeof inboundMessageSchema>;
export type InboundMessageType = InboundMessage['type'];
export const INBOUND_MESSAGE_TYPES: readonly InboundMessageType[] = ['play', 'pause', 'step', 'reset', 'getState', 'setConfig', 'setPoints'];

export type InboundRejectReason =
  /** Not a plain object. */
  | 'notObject'
  /** `source` is not 'nn-playground' (most likely another script's message). */
  | 'source'
  /** `version` is not 1. */
  | 'version'
  /** `type` is not one of INBOUND_MESSAGE_TYPES. */
  | 'type'
  /** Nested deeper than EMBED_MESSAGE_LIMITS.depth. */
  | 'tooDeep'
  /** More nodes, array items or keys than EMBED_MESSAGE_LIMITS allows. */
  | 'tooLarge'
  /** A `__proto__`, `constructor` or `prototype` key anywhere. */
  | 'forbiddenKey'
  /** A value that is not plain data (Date, Map, typed array, class instance, function …). */
  | 'nonPlain'
  /** Fields of the wrong type or range; detail: the path. */
  | 'schema';

export type ParseInboundResult =
  | { ok: true; message: InboundMessage }
  | { ok: false; reason: InboundRejectReason; detail?: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Walks the data iteratively (no recursion), within the limits; null when it is plain data. */
function checkStructure(root: unknown): InboundRejectReason | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > EMBED_MESSAGE_LIMITS.nodes) return 'tooLarge';
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') continue;
    if (typeof value !== 'object') return 'nonPlain'; // undefined, bigint, symbol, function
    if (depth >= EMBED_MESSAGE_LIMITS.depth) return 'tooDeep';
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return 'nonPlain';
      if (value.length > EMBED_MESSAGE_LIMITS.arrayLength) return 'tooLarge';
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1 });
      continue;
    }
    if (!isPlainObject(value)) return 'nonPlain';
    const keys = Object.keys(value);
    if (keys.length > EMBED_MESSAGE_LIMITS.keys) return 'tooLarge';
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return 'forbiddenKey';
      stack.push({ value: value[key], depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Judges a message event's data. Checks, in order: a plain object, `source`, `version`, `type`,
 * the structural limits, then the schema of that type. Never throws, whatever it is given.
 */
export function parseInboundMessage(data: unknown): ParseInboundResult {
  try {
    if (!isPlainObject(data)) return { ok: false, reason: 'notObject' };
    if (data.source !== EMBED_MESSAGE_SOURCE) return { ok: false, reason: 'source' };
    if (data.version !== EMBED_MESSAGE_VERSION) return { ok: false, reason: 'version' };
    if (typeof data.type !== 'string' || !(INBOUND_MESSAGE_TYPES as readonly string[]).includes(data.type)) {
      return { ok: false, reason: 'type' };
    }
    const structural = checkStructure(data);
    if (structural) return { ok: false, reason: structural };
    const parsed = inboundMessageSchema.safeParse(data);
    if (!parsed.success) {
      const path = parsed.error.issues[0]?.path.map(String).join('.');
      return { ok: false, reason: 'schema', detail: (path || '$').slice(0, 60) };
    }
    return { ok: true, message: parsed.data };
  } catch {
    // Only exotic inputs get here (a Proxy or a throwing getter; postMessage data has neither).
    return { ok: false, reason: 'nonPlain' };
  }
}

// ---------------------------------------------------------------------------------------------
// Outbound

export const EMBED_ERROR_CODES = ['invalidMessage', 'invalidConfig', 'invalidPoints', 'diverged', 'internal'] as const;
export type EmbedErrorCode = (typeof EMBED_ERROR_CODES)[number];

const outEnvelope = { source: z.literal(EMBED_MESSAGE_SOURCE), version: z.literal(EMBED_MESSAGE_VERSION) };
/** NaN (no test points, or a diverged run) is sent as null, so hosts can JSON.stringify messages. */
const metric = z.nullable(z.number());

/** Describes what the embed sends, for hosts and tests that want to validate it. */
export const outboundMessageSchema = z.discriminatedUnion('type', [
  /** The embed is listening; `config` is the playground's URL query (no leading '?'). */
  z.object({ ...outEnvelope, type: z.literal('ready'), config: z.string() }),
  /** The answer to getState (and, if the embed chooses, to other changes). */
  z.object({
    ...outEnvelope,
    type: z.literal('state'),
    config: z.string(),
    points: z.array(z.required(pointRecordSchema)),
    requestId,
  }),
  z.object({
    ...outEnvelope,
    type: z.literal('progress'),
    epoch: z.int().check(z.minimum(0)),
    trainCost: metric,
    testCost: metric,
    trainAccuracy: metric,
    testAccuracy: metric,
    /** Why the run is failing (lib/diagnostics/detect.ts), as kinds; empty when nothing is. */
    diagnostics: z.array(z.enum(DIAGNOSTIC_KINDS)),
  }),
  /** Content height in CSS pixels (an integer, rounded up). */
  z.object({ ...outEnvelope, type: z.literal('resize'), height: z.int().check(z.minimum(0)) }),
  /** `code` for programs, `message` for people reading the console. */
  z.object({ ...outEnvelope, type: z.literal('error'), code: z.enum(EMBED_ERROR_CODES), message: z.string(), requestId }),
]);

export type OutboundMessage = z.output<typeof outboundMessageSchema>;
export type OutboundMessageType = OutboundMessage['type'];

type RequestId = string | number | undefined;

const header = { source: EMBED_MESSAGE_SOURCE, version: EMBED_MESSAGE_VERSION } as const;

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function readyMessage(config: PlaygroundConfig): Extract<OutboundMessage, { type: 'ready' }> {
  return { ...header, type: 'ready', config: formatConfig(config) };
}

export function stateMessage(
  config: PlaygroundConfig,
  points: readonly LabeledPoint[],
  requestId?: RequestId,
): Extract<OutboundMessage, { type: 'state' }> {
  const message: Extract<OutboundMessage, { type: 'state' }> = {
    ...header,
    type: 'state',
    config: formatConfig(config),
    points: points.map(({ x1, x2, label, split }) => ({ x1, x2, label, split })),
  };
  if (requestId !== undefined) message.requestId = requestId;
  return message;
}

export function progressMessage(
  snapshot: Pick<TrainingSnapshot, 'epoch' | 'trainCost' | 'testCost' | 'trainAccuracy' | 'testAccuracy' | 'diagnostics'>,
): Extract<OutboundMessage, { type: 'progress' }> {
  return {
    ...header,
    type: 'progress',
    epoch: snapshot.epoch,
    trainCost: finiteOrNull(snapshot.trainCost),
    testCost: finiteOrNull(snapshot.testCost),
    trainAccuracy: finiteOrNull(snapshot.trainAccuracy),
    testAccuracy: finiteOrNull(snapshot.testAccuracy),
    diagnostics: (snapshot.diagnostics ?? []).map((d) => d.kind),
  };
}

export function resizeMessage(heightPx: number): Extract<OutboundMessage, { type: 'resize' }> {
  return { ...header, type: 'resize', height: Number.isFinite(heightPx) ? Math.max(0, Math.ceil(heightPx)) : 0 };
}

export function errorMessage(code: EmbedErrorCode, message: string, requestId?: RequestId): Extract<OutboundMessage, { type: 'error' }> {
  const out: Extract<OutboundMessage, { type: 'error' }> = { ...header, type: 'error', code, message };
  if (requestId !== undefined) out.requestId = requestId;
  return out;
}
