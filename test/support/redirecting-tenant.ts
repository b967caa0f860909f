import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface RecordingServer {
  url: string;
  /** `METHOD path` of every request received. */
  requests: string[];
}

/**
 * A tenant that answers every request with a 307 to another loopback host, and that other host; both
 * record what reaches them (a 307 keeps the method and body, so a followed dial would arrive there).
 */
export function useRedirectingTenant(): () => { tenant: RecordingServer; elsewhere: RecordingServer } {
  const servers: http.Server[] = [];
  let pair: { tenant: RecordingServer; elsewhere: RecordingServer } | null = null;

  const start = async (answer: (res: http.ServerResponse) => void): Promise<RecordingServer> => {
    const record: RecordingServer = { url: '', requests: [] };
    const server = http.createServer((req, res) => {
      record.requests.push(`${req.method} ${req.url}`);
      req.resume();
      answer(res);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    record.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return record;
  };

  beforeAll(async () => {
    const elsewhere = await start((res) => res.writeHead(204).end());
    const tenant = await start((res) => res.writeHead(307, { location: `${elsewhere.url}/stolen` }).end());
    pair = { tenant, elsewhere };
  });
  beforeEach(() => {
    pair?.tenant.requests.splice(0);
    pair?.elsewhere.requests.splice(0);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });
  return () => {
    if (pair === null) throw new Error('useRedirectingTenant(): only inside tests');
    return pair;
  };
}
