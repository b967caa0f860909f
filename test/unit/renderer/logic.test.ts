// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooserKey } from '../../../src/renderer/lib/chooser-keys';
import { previewOf } from '../../../src/renderer/lib/preview';
import { relativeTime } from '../../../src/renderer/lib/relative-time';
import { statusView } from '../../../src/renderer/lib/status';

describe('relative time in recent dials', () => {
  const now = Date.UTC(2026, 10, 21, 16, 0, 0);
  it('reads naturally at each scale', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(relativeTime(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(relativeTime(now - 30 * 3_600_000, now)).toBe('yesterday');
    expect(relativeTime(now - 5 * 86_400_000, now)).not.toMatch(/ago|yesterday/);
  });
  it('never says "in the future" when the clocks disagree slightly', () => {
    expect(relativeTime(now + 5_000, now)).toBe('just now');
  });
});

describe('chooser keyboard', () => {
  it('Enter dials the focused number and Esc cancels', () => {
    expect(chooserKey('Enter', 1, 2)).toEqual({ type: 'choose', index: 1 });
    expect(chooserKey('Escape', 0, 2)).toEqual({ type: 'cancel' });
  });
  it('arrows wrap around, digits jump to a number', () => {
    expect(chooserKey('ArrowDown', 1, 2)).toEqual({ type: 'focus', index: 0 });
    expect(chooserKey('ArrowUp', 0, 3)).toEqual({ type: 'focus', index: 2 });
    expect(chooserKey('2', 0, 3)).toEqual({ type: 'focus', index: 1 });
    expect(chooserKey('4', 0, 3)).toBeNull();
  });
  it('Enter with nothing focused dials the first number', () => {
    expect(chooserKey('Enter', -1, 2)).toEqual({ type: 'choose', index: 0 });
  });
});

describe('dial box preview', () => {
  const number = {
    dial: '13855551234',
    e164: '+13855551234',
    display: '(385) 555-1234',
    extension: '22',
    country: 'US',
    kind: 'external' as const,
  };
  it('says what will be dialed and the extension to key in by hand', () => {
    expect(previewOf({ ok: true, numbers: [number] })).toEqual({
      tone: 'ok',
      text: 'Will dial (385) 555-1234',
      extension: '22',
    });
  });
  it('passes the refusal sentence through and explains an empty result', () => {
    expect(previewOf({ ok: false, reason: 'That is too long to be a phone number.' })).toMatchObject({
      tone: 'error',
      text: 'That is too long to be a phone number.',
    });
    expect(previewOf({ ok: true, numbers: [] })?.text).toMatch(/No phone number found/);
  });
  it('announces a choice when several numbers were found', () => {
    expect(previewOf({ ok: true, numbers: [number, number] })?.text).toMatch(/^2 numbers found/);
  });
});

describe('status line', () => {
  const demo = { active: false, allowed: true, extension: null };
  it('offers the one action that fixes each bad state', () => {
    expect(statusView({ status: 'token-rejected', demo }).actions.map((a) => a.text)).toEqual([
      'Paste new token',
    ]);
    expect(statusView({ status: 'offline', demo }).actions.map((a) => a.text)).toEqual(['Try again']);
    expect(statusView({ status: 'forbidden', demo }).actions.map((a) => a.text)).toEqual(['Open settings']);
    expect(statusView({ status: 'not-configured', demo }).actions.map((a) => a.text)).toEqual([
      'Open settings',
      'Try the demo',
    ]);
    expect(statusView({ status: 'ready', demo }).actions).toEqual([]);
  });
  it('does not offer the demo when policy forbids it', () => {
    const view = statusView({
      status: 'not-configured',
      demo: { active: false, allowed: false, extension: null },
    });
    expect(view.actions.map((a) => a.text)).toEqual(['Open settings']);
  });
});
