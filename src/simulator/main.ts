// `npm run simulator`: a demo Xima tenant on loopback until Ctrl-C.
import { startSimulator } from './index';

const simulator = await startSimulator({
  httpPort: Number(process.env.SIMULATOR_HTTP_PORT ?? 0) || 0,
  httpsPort: Number(process.env.SIMULATOR_HTTPS_PORT ?? 0) || 0,
}).catch((error: unknown) => {
  const { code, port } = (error ?? {}) as { code?: unknown; port?: unknown };
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${String(port)} is already in use — stop the other simulator or leave SIMULATOR_HTTP_PORT and SIMULATOR_HTTPS_PORT unset to pick free ports\n`
      : `The simulator could not start (${typeof code === 'string' ? code : 'unknown error'}) — check that loopback networking is available\n`,
  );
  process.exit(1);
});
const agent = simulator.state.getAgent(simulator.extension);

process.stdout.write(
  [
    'Xima simulator running on loopback (test data only; nothing leaves this machine).',
    `  HTTP base URL:   ${simulator.baseUrl}`,
    `  HTTPS base URL:  ${simulator.httpsBaseUrl ?? '(off)'}  (self-signed test certificate for 127.0.0.1/localhost)`,
    `  Demo token:      ${simulator.token}`,
    `  Demo extension:  ${simulator.extension}` +
      (agent
        ? ` (caller IDs: ${agent.callerIds.map((c) => `${c.label} ${c.outboundCallerId}`).join(', ')})`
        : ''),
    `  Skills:          ${simulator.state.skills.join(', ')}`,
    '',
    'Try it:',
    `  XIMA_BASE_URL=${simulator.baseUrl} XIMA_EXTENSION=${simulator.extension} XIMA_TOKEN=${simulator.token} npm run cli -- caller-ids`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

const stop = (): void => {
  void simulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
