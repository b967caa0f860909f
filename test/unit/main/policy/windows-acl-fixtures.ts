import type { WindowsAce, WindowsSecurity } from '../../../../src/main/policy';

export const ADMINS = 'S-1-5-32-544';
export const SYSTEM = 'S-1-5-18';
export const USERS = 'S-1-5-32-545';
export const FULL = 0x1f01ff;
export const READ_EXECUTE = 0x1200a9;

export const allow = (sid: string | null, mask: number, inheritOnly = false): WindowsAce => ({
  allow: true,
  inheritOnly,
  mask,
  sid,
});

/** What the per-machine installers set: SYSTEM and Administrators full control, Users read. */
export const adminOnly = (extra: WindowsAce[] = [], ownerSid: string | null = ADMINS): WindowsSecurity => ({
  ownerSid,
  aces: [allow(SYSTEM, FULL), allow(ADMINS, FULL), allow(USERS, READ_EXECUTE), ...extra],
});
