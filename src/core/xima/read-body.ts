/**
 * Xima's answers are a few kilobytes. A hostile or broken server can send hundreds of megabytes, and
 * reading that whole would freeze the main process: bodies are read chunk by chunk and the read stops
 * (the connection is dropped) as soon as it passes a limit.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** The caller-ID list may be long: room for about 40,000 entries, which are then cut to a usable list. */
export const MAX_CALLER_ID_LIST_BYTES = 4 * 1024 * 1024;

/** What the transports hand back as a body: a web stream (`net.fetch`) or a Node readable (undici). */
type Chunks = AsyncIterable<Uint8Array>;

function chunksOf(response: Response): Chunks | null {
  const body = response.body as unknown;
  if (body && typeof body === 'object' && Symbol.asyncIterator in body) return body as Chunks;
  return null;
}

/** The body as text, or null when it is larger than `limit` bytes (then it is not read further). */
export async function readBounded(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) {
    release(response);
    return null;
  }
  const chunks = chunksOf(response);
  if (isNodeBody(chunks)) chunks.once('error', () => undefined);
  // A transport without a readable body stream is trusted with its own `text()` (test fakes).
  if (chunks === null) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  // Leaving the loop early ends the iterator, which cancels the stream and drops the connection.
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > limit) return null;
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** The parts of a Node readable (undici's body) that letting go of it needs. */
interface NodeBody {
  once(event: 'error' | 'close', listener: () => void): unknown;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  resume(): unknown;
  destroy(): unknown;
}

const isNodeBody = (body: unknown): body is NodeBody =>
  typeof body === 'object' && body !== null && 'resume' in body && 'destroy' in body && 'once' in body;

/** How long an unread body may take to finish before its connection is dropped (the next dial waits for it). */
const RELEASE_GRACE_MS = 250;

/**
 * Lets go of a body that will not be read (a 2xx answer to a POST) without waiting for it. A short or
 * empty body is drained so the kept-alive connection serves the next dial; one that stalls or runs
 * past the limit is cut, which closes that connection.
 */
export function release(response: Response): void {
  const body = response.body as unknown;
  if (isNodeBody(body)) {
    // undici reports a body destroyed before its end as an error event; nobody is listening for it.
    body.once('error', () => undefined);
    const timer = setTimeout(() => body.destroy(), RELEASE_GRACE_MS);
    body.once('close', () => clearTimeout(timer));
    let size = 0;
    body.on('data', (chunk) => {
      size += chunk.byteLength;
      if (size > MAX_ANSWER_BYTES) body.destroy();
    });
    body.resume();
    return;
  }
  const stream = body as { cancel?: () => Promise<void> } | null;
  if (typeof stream?.cancel === 'function') void stream.cancel().catch(() => undefined);
}
