import type { LatencyMeasurement } from './measure-latency';
import type { Row } from './report-table';
import { round } from './stats';

/** How many times slower curl per dial is than a cold press with warm on intent. */
const curlSlowdown = (m: LatencyMeasurement): number => round(m.curlProxyMs / m.coldWarmedMs, 2);

/** The JSON fields for the latency model (medians of press → POST received, ms). */
export function latencyFields(m: LatencyMeasurement) {
  return {
    rtt_ms: m.rttMs,
    capture_ms: m.captureMs,
    floor_ms: round(m.floorMs, 1),
    floor_nocapture_ms: round(m.floorNoCaptureMs, 1),
    warm_ms: round(m.warmMs, 1),
    cold_ms: round(m.coldMs, 1),
    cold_warmed_ms: round(m.coldWarmedMs, 1),
    cold_nocapture_ms: round(m.coldNoCaptureMs, 1),
    curl_proxy_ms: round(m.curlProxyMs, 1),
    curl_vs_cold_warmed: curlSlowdown(m),
  };
}

/**
 * Each case as a ratio to the physical floor (capture delay + half a round trip, measured in the same
 * run), the raw milliseconds beside it, and the targets.
 */
export function latencyRows(m: LatencyMeasurement): Row[] {
  const handshakeMs = 2 * m.rttMs;
  const ratio = (ms: number, floor = m.floorMs) => round(ms / floor, 2);
  const raw = (ms: number) => `× floor (${round(ms, 1)} ms)`;
  const noCaptureLimit = (m.floorNoCaptureMs + handshakeMs) * 1.1;
  const hidden = m.captureMs >= handshakeMs;
  return [
    {
      name: 'floor (capture + ½ RTT)',
      value: round(m.floorMs, 1),
      unit: 'ms',
      target: `(${m.captureMs} ms capture, ${m.rttMs} ms RTT)`,
      pass: true,
    },
    {
      name: 'warm',
      value: ratio(m.warmMs),
      unit: raw(m.warmMs),
      target: '<= 1.1',
      pass: m.warmMs <= 1.1 * m.floorMs,
    },
    {
      name: 'cold, no warm on intent (before)',
      value: ratio(m.coldMs),
      unit: raw(m.coldMs),
      target: '(for comparison)',
      pass: true,
    },
    {
      name: 'cold, warm on intent',
      value: ratio(m.coldWarmedMs),
      unit: raw(m.coldWarmedMs),
      target: hidden ? '<= 1.2' : `(capture shorter than the ${handshakeMs} ms handshake)`,
      pass: !hidden || m.coldWarmedMs <= 1.2 * m.floorMs,
    },
    {
      name: 'cold, warm on intent, no capture',
      value: ratio(m.coldNoCaptureMs, m.floorNoCaptureMs),
      unit: raw(m.coldNoCaptureMs),
      target: `<= ${ratio(noCaptureLimit, m.floorNoCaptureMs)} (floor + 2 RTT + 10 %)`,
      pass: m.coldNoCaptureMs <= noCaptureLimit,
    },
    {
      name: 'curl per dial, same proxy',
      value: ratio(m.curlProxyMs),
      unit: raw(m.curlProxyMs),
      target: '(the scripted alternative)',
      pass: true,
    },
    {
      name: 'curl ÷ cold with warm on intent',
      value: curlSlowdown(m),
      unit: 'x',
      target: '>= 1.5',
      pass: m.curlProxyMs >= 1.5 * m.coldWarmedMs,
    },
  ];
}
