import type { SimRoute } from './failures';
import type { SimulatorState } from './state';
import { checkFields, isDialString, opt, parseJsonObject, req } from './validate-body';

export interface IncomingCall {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  rawBody: string;
}

/** A decided answer; `effect` changes state and runs only when the request "reaches" Xima. */
export interface RouteAnswer {
  status: number;
  body: unknown;
  effect: (() => void) | null;
}

const AGENT_PATH =
  /^\/rest\/api\/v1\/agents\/([^/]+)\/(click-to-dial|outbound-caller-ids|selected-outbound-caller-id)$/;

/** Which scripted route a request belongs to (null: no such route, answered 404). */
export function routeOf(method: string, path: string): Exclude<SimRoute, '*'> | null {
  if (method === 'HEAD' && path === '/') return 'head';
  if (path === '/rest/api/v1/callback') return 'callback';
  const match = AGENT_PATH.exec(path);
  return match ? (match[2] as Exclude<SimRoute, '*' | 'head' | 'callback'>) : null;
}

const answer = (status: number, body: unknown = null, effect: (() => void) | null = null): RouteAnswer => ({
  status,
  body,
  effect,
});
const error = (status: number, message: string): RouteAnswer => answer(status, { error: message });

export function handle(call: IncomingCall, state: SimulatorState): RouteAnswer {
  const route = routeOf(call.method, call.path);
  if (route === 'head') return answer(200);
  if (route === null) return error(404, `No such resource: ${call.path}`);
  const expected = route === 'outbound-caller-ids' ? 'GET' : 'POST';
  if (call.method !== expected) return error(405, `Use ${expected} for this resource.`);

  const auth = authenticate(call.authorization, state);
  if (auth) return auth;

  if (route === 'callback') return callback(call, state);

  const extension = safeDecode(AGENT_PATH.exec(call.path)?.[1] ?? '');
  const agent = state.getAgent(extension);
  if (!agent) return error(404, `No agent with extension ${extension}.`);

  if (route === 'outbound-caller-ids') {
    return answer(200, { selectedOutboundCallerId: agent.selected, outboundCallerIds: agent.callerIds });
  }
  const parsed = parseJsonObject(call.rawBody, call.contentType);
  if (!parsed.ok) return error(400, parsed.message);

  if (route === 'selected-outbound-caller-id') {
    const body = checkFields(parsed.value, { label: req('string'), outboundCallerId: req('string') });
    if (!body.ok) return error(400, body.message);
    const { label, outboundCallerId } = body.value as { label: string; outboundCallerId: string };
    const entry = agent.callerIds.find((c) => c.label === label && c.outboundCallerId === outboundCallerId);
    if (!entry)
      return error(400, `"${label}" ${outboundCallerId} is not a caller ID registered for this agent.`);
    return answer(204, null, () => {
      agent.selected = { ...entry };
    });
  }

  const body = checkFields(parsed.value, {
    numberToDial: req('string'),
    outboundCallerId: opt('string'),
    externalPrefix: opt('string'),
    useSelectedOutboundCallerId: opt('boolean'),
  });
  if (!body.ok) return error(400, body.message);
  const dial = body.value as {
    numberToDial: string;
    outboundCallerId?: string;
    externalPrefix?: string;
    useSelectedOutboundCallerId?: boolean;
  };
  if (!isDialString(dial.numberToDial)) return error(400, 'numberToDial is not a dialable number.');
  if (dial.externalPrefix !== undefined && !/^[0-9]{1,8}$/.test(dial.externalPrefix)) {
    return error(400, 'externalPrefix must be digits.');
  }
  if (dial.outboundCallerId !== undefined && dial.useSelectedOutboundCallerId === true) {
    return error(400, 'Send either outboundCallerId or useSelectedOutboundCallerId, not both.');
  }
  if (
    dial.outboundCallerId !== undefined &&
    !agent.callerIds.some((c) => c.outboundCallerId === dial.outboundCallerId)
  ) {
    return error(400, `${dial.outboundCallerId} is not an outbound caller ID registered for this agent.`);
  }
  // Documented choice: an agent who is not logged into the CC-Agent Client gets 400 (a refused request).
  if (!agent.loggedIn) return error(400, `Agent ${extension} is not logged into the CC-Agent Client.`);
  const callerId =
    dial.outboundCallerId ??
    (dial.useSelectedOutboundCallerId ? (agent.selected?.outboundCallerId ?? null) : null);
  return answer(204, null, () => {
    state.placedCalls.push({
      extension,
      numberToDial: dial.numberToDial,
      callerId,
      externalPrefix: dial.externalPrefix ?? null,
      at: Date.now(),
    });
  });
}

function authenticate(header: string | undefined, state: SimulatorState): RouteAnswer | null {
  const match = /^Bearer (\S+)$/.exec(header ?? '');
  const info = match ? state.tokens.get(match[1] ?? '') : undefined;
  if (!info) return error(401, 'The authorization header wasn’t valid.');
  if (!info.access) return error(403, 'The service user does not have Xima CCaaS access.');
  return null;
}

function callback(call: IncomingCall, state: SimulatorState): RouteAnswer {
  const parsed = parseJsonObject(call.rawBody, call.contentType);
  if (!parsed.ok) return error(400, parsed.message);
  const body = checkFields(parsed.value, { skill: req('string'), callbackNumber: req('string') });
  if (!body.ok) return error(400, body.message);
  const { skill, callbackNumber } = body.value as { skill: string; callbackNumber: string };
  if (!state.skills.includes(skill)) return error(400, `No skill is named exactly "${skill}".`);
  if (!isDialString(callbackNumber)) return error(400, 'callbackNumber is not a dialable number.');
  return answer(204, null, () => {
    state.callbacks.push({ skill, callbackNumber, at: Date.now() });
  });
}

/** A malformed percent-escape is an unknown agent (404), not a crash. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
