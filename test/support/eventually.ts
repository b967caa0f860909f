/** Waits (briefly) until the asynchronous work a user action started has shown its effect. */
export async function eventually(done: () => boolean, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}
