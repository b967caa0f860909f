import type { KoffiModule } from './load-koffi';

/**
 * User Interface Privilege Isolation: Windows silently drops keystrokes a normal process sends to a window of a
 * process running at a higher integrity level (an app started "as administrator"), and SendInput does not say so
 * (its count and GetLastError look like success). So the level of the app in front is compared with ours before
 * anything is sent.
 */

const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
const TOKEN_QUERY = 0x8;
const TokenIntegrityLevel = 25;

export interface IntegrityLevels {
  /** The mandatory label's RID (0x2000 medium, 0x3000 high, 0x4000 system); null when it could not be read. */
  ours: number | null;
  front: number | null;
}

export function createIntegrityReader(koffi: KoffiModule): () => IntegrityLevels {
  const user32 = koffi.load('user32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const advapi32 = koffi.load('advapi32.dll');
  const GetForegroundWindow = user32.func('void *__stdcall GetForegroundWindow()');
  const GetWindowThreadProcessId = user32.func(
    'uint32_t __stdcall GetWindowThreadProcessId(void *window, _Out_ uint32_t *pid)',
  );
  const GetCurrentProcess = kernel32.func('void *__stdcall GetCurrentProcess()');
  const OpenProcess = kernel32.func(
    'void *__stdcall OpenProcess(uint32_t access, int inherit, uint32_t pid)',
  );
  const CloseHandle = kernel32.func('int __stdcall CloseHandle(void *handle)');
  const OpenProcessToken = advapi32.func(
    'int __stdcall OpenProcessToken(void *process, uint32_t access, _Out_ void **token)',
  );
  const GetTokenInformation = advapi32.func(
    'int __stdcall GetTokenInformation(void *token, int type, _Out_ uint8_t *info, uint32_t size, _Out_ uint32_t *needed)',
  );
  const GetSidSubAuthorityCount = advapi32.func('uint8_t *__stdcall GetSidSubAuthorityCount(void *sid)');
  const GetSidSubAuthority = advapi32.func(
    'uint32_t *__stdcall GetSidSubAuthority(void *sid, uint32_t index)',
  );

  function levelOf(process: unknown): number | null {
    const token: unknown[] = [null];
    if (!OpenProcessToken(process, TOKEN_QUERY, token)) return null;
    try {
      // TOKEN_MANDATORY_LABEL: a SID pointer (into the same buffer) and its attributes.
      const info = Buffer.alloc(256);
      if (!GetTokenInformation(token[0], TokenIntegrityLevel, info, info.length, [0])) return null;
      const sid = koffi.decode(info, 'void *') as unknown;
      const count = koffi.decode(GetSidSubAuthorityCount(sid), 'uint8_t') as number;
      if (count < 1) return null;
      return koffi.decode(GetSidSubAuthority(sid, count - 1), 'uint32_t') as number;
    } finally {
      CloseHandle(token[0]);
    }
  }

  function frontLevel(): number | null {
    const window = GetForegroundWindow();
    if (!window) return null;
    const pid: number[] = [0];
    GetWindowThreadProcessId(window, pid);
    const process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid[0] ?? 0);
    if (!process) return null;
    try {
      return levelOf(process);
    } finally {
      CloseHandle(process);
    }
  }

  return () => ({ ours: levelOf(GetCurrentProcess()), front: frontLevel() });
}

/** Only a level we could read, and higher than ours, blocks input; unknown means "try". */
export function inputBlocked(levels: IntegrityLevels): boolean {
  return levels.ours !== null && levels.front !== null && levels.front > levels.ours;
}
