import type { UnderstoodNumber } from '../../shared/phone-types';
import type { CallerId } from '../../shared/settings-schema';
import type { PhoneOptions } from '../phone';
import type { ClickToDialRequest, XimaApi, XimaError } from '../xima/types';
import { decideText, type Decision } from './decide';
import { createDialGate, resultKind, REPEAT_WINDOW_MS } from './gate';
import { callingMessage, failedMessage, severalMessage } from './messages';
import { buildDialRequest, type DialPlan } from './request';
import { DEFAULT_CALL_RULES, refusalFor, type CallGuard, type CallRules } from './safety';

export interface DialContext {
  api: XimaApi;
  plan: DialPlan;
  /** The agent's selected caller ID as last seen, for the "Calling … from …" sentence. */
  selectedCallerId: CallerId | null;
  /** A caller ID chosen for this one call in the panel. */
  oneOffCallerId?: CallerId | null;
  /** Called right after the POST is handed to the transport (the request is on the wire). */
  onSent?: (number: UnderstoodNumber) => void;
  /** What the machine policy allows; emergency and premium numbers are refused without it. */
  rules?: CallRules;
  /** The number came from a link another app opened (never an emergency call, whatever the rules). */
  fromLink?: boolean;
}

/** The safety rules a dial in `context` is held to. */
export function guardFor(context: Pick<DialContext, 'plan' | 'rules' | 'fromLink'>): CallGuard {
  return {
    country: context.plan.defaultCountry,
    externalPrefix: context.plan.externalPrefix,
    rules: context.rules ?? DEFAULT_CALL_RULES,
    fromLink: context.fromLink ?? false,
  };
}

interface Sent {
  number: UnderstoodNumber;
  request: ClickToDialRequest;
  callerId: CallerId | null;
  /** Epoch ms when the POST was sent. */
  at: number;
  message: string;
}

export type DialOutcome =
  | { kind: 'refused' | 'none'; message: string }
  | { kind: 'several'; numbers: UnderstoodNumber[]; message: string }
  | { kind: 'ignored' | 'busy'; number: UnderstoodNumber; message: string }
  | ({ kind: 'placed' } & Sent)
  | ({ kind: 'failed'; error: XimaError } & Sent);

export interface DialPipeline {
  /** Highlighted text → understood → decided → (one number) POSTed. */
  dialText(text: string, phone: PhoneOptions, context: DialContext): Promise<DialOutcome>;
  /** A decision already made with `guardFor(context)` (see `decideText`): one number is POSTed. */
  dialDecision(decision: Decision, context: DialContext): Promise<DialOutcome>;
  /** A number already chosen (chooser, redial): the safety rules, then the same gate and request rules. */
  dialNumber(number: UnderstoodNumber, context: DialContext): Promise<DialOutcome>;
  readonly inFlight: UnderstoodNumber | null;
}

export interface PipelineOptions {
  now: () => number;
  repeatWindowMs?: number;
}

/**
 * The dial pipeline shared by the app, the benchmark and the soak test. Hot path: nothing here
 * touches disk, settings storage or logs; the caller records history and logs after it returns.
 * A POST is sent at most once per admitted press and never retried.
 */
export function createDialPipeline(options: PipelineOptions): DialPipeline {
  const gate = createDialGate(options.now, options.repeatWindowMs ?? REPEAT_WINDOW_MS);

  /** A number that has passed the safety rules: the gate, then exactly one POST. */
  async function send(number: UnderstoodNumber, context: DialContext): Promise<DialOutcome> {
    const admission = gate.admit(number);
    if (!admission.ok)
      return { kind: admission.reason === 'repeat' ? 'ignored' : 'busy', number, message: admission.message };
    const { request, callerId } = buildDialRequest(
      number,
      context.plan,
      context.selectedCallerId,
      context.oneOffCallerId ?? null,
    );
    const at = options.now();
    let result: Awaited<ReturnType<XimaApi['clickToDial']>>;
    try {
      const pending = context.api.clickToDial(request);
      context.onSent?.(number);
      result = await pending;
    } catch (thrown) {
      // The client promises never to reject; if it does, the POST may have gone out: treat as ambiguous.
      const error: XimaError = {
        kind: 'network',
        message: `The request failed unexpectedly (${thrown instanceof Error ? thrown.name : 'error'}) — check recent calls before dialing again.`,
        status: null,
        retryAfterMs: null,
      };
      admission.release('ambiguous');
      return { kind: 'failed', number, request, callerId, at, error, message: failedMessage(number, error) };
    }
    admission.release(resultKind(result.ok ? null : result.error));
    if (result.ok)
      return { kind: 'placed', number, request, callerId, at, message: callingMessage(number, callerId) };
    return {
      kind: 'failed',
      number,
      request,
      callerId,
      at,
      error: result.error,
      message: failedMessage(number, result.error),
    };
  }

  async function dialDecision(decision: Decision, context: DialContext): Promise<DialOutcome> {
    switch (decision.kind) {
      case 'refused':
      case 'none':
        return { kind: decision.kind, message: decision.message };
      case 'several':
        return {
          kind: 'several',
          numbers: decision.numbers,
          message: severalMessage(decision.numbers.length),
        };
      case 'one':
        return send(decision.number, context);
    }
  }

  return {
    get inFlight() {
      return gate.inFlight;
    },
    dialDecision,
    dialText: (text, phone, context) =>
      dialDecision(decideText(text, phone, { ...guardFor(context), country: phone.defaultCountry }), context),
    async dialNumber(number, context) {
      const refusal = refusalFor(number, guardFor(context));
      if (refusal !== null) return { kind: 'refused', message: refusal };
      return send(number, context);
    },
  };
}
