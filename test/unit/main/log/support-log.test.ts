import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../settings/temp-dir';
import { createSupportLog, redactText } from '../../../../src/main/log';
import { createManualClock } from '../../../support/node-ports';

const tempDir = useTempDir('xtd-log-');

const MARKER = 'MARKERtok3n0123456789abcdef';

describe('the support log', () => {
  it('redacts tokens and phone numbers before anything is written', async () => {
    const log = createSupportLog({ dir: tempDir(), clock: createManualClock() });
    log.info('dial.sent', { source: 'hotkey', status: 204 });
    log.warn(`request failed with Authorization: Bearer ${MARKER}`, { detail: `token=${MARKER}` });
    log.error('oops', { token: MARKER, numberToDial: '3855551234', note: 'call +1 (385) 555-1234 now' });
    await log.flush();
    const text = readFileSync(log.file, 'utf8');
    expect(text).not.toContain(MARKER);
    expect(text).not.toMatch(/385.?555.?1234/);
    expect(text).toContain('INFO dial.sent {"source":"hotkey","status":204}');
    expect(text).toContain('[secret]');
    expect(text).toContain('[number]');
    expect(text.trim().split('\n')).toHaveLength(3);
  });

  it('redacts an exact secret it was given, even one no pattern would catch', async () => {
    const log = createSupportLog({ dir: tempDir(), clock: createManualClock() });
    log.addSecret('letters-only-demo-token');
    log.warn('echoed letters-only-demo-token back', { detail: 'see letters-only-demo-token' });
    await log.flush();
    const text = readFileSync(log.file, 'utf8');
    expect(text).not.toContain('letters-only-demo-token');
    expect(text).toContain('echoed [secret] back');
  });

  it('does not write anything while the caller is still running (off the hot path)', async () => {
    const log = createSupportLog({ dir: tempDir(), clock: createManualClock() });
    log.info('dial.sent');
    expect(readdirSync(tempDir())).toEqual([]);
    await log.flush();
    expect(readdirSync(tempDir())).toEqual(['support.log']);
  });

  it('rotates by size and keeps a bounded number of old files', async () => {
    const log = createSupportLog({ dir: tempDir(), clock: createManualClock(), maxBytes: 200, keep: 2 });
    for (let round = 0; round < 12; round += 1) {
      log.info('event', { round, padding: 'x'.repeat(80) });
      await log.flush();
    }
    expect(readdirSync(tempDir()).sort()).toEqual(['support.1.log', 'support.2.log', 'support.log']);
    expect(readFileSync(join(tempDir(), 'support.log'), 'utf8').length).toBeLessThanOrEqual(200);
  });

  it('leaves ordinary words, paths and status codes readable', () => {
    expect(redactText('caller-ids.failed 403 at /home/agent/.config/xima-tray-dialer')).toBe(
      'caller-ids.failed 403 at /home/agent/.config/xima-tray-dialer',
    );
  });
});
