import { passwordOf } from '../../support/local-passwords';

/** A client of our API as the other systems call it: basic auth, an Idempotency-Key on every POST, and the same request again while the service is down. */
export class ApiCaller {
  retried = 0;

  constructor(private readonly baseUrl: () => string) {}

  /** One GET; a refusal or an unreachable service throws (the caller tries again on its next round). */
  async get<T>(path: string, user: string): Promise<T> {
    const response = await fetch(`${this.baseUrl()}${path}`, {
      headers: { authorization: `Basic ${Buffer.from(`${user}:${passwordOf(user)}`).toString('base64')}` },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }

  async post<T>(path: string, user: string, idempotencyKey: string, body: unknown, timeoutMs = 300_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`${this.baseUrl()}${path}`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from(`${user}:${passwordOf(user)}`).toString('base64')}`,
            'content-type': 'application/json',
            'idempotency-key': idempotencyKey,
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        if (response.ok) return (text ? JSON.parse(text) : undefined) as T;
        // 409: the first attempt is still being processed (or died with the process); 5xx: the service is recovering
        if (response.status !== 409 && response.status < 500) throw new Error(`POST ${path} answered ${response.status}: ${text}`);
        last = `${response.status} ${text.slice(0, 200)}`;
      } catch (error) {
        if ((error as Error).message.startsWith(`POST ${path} answered`)) throw error;
        last = (error as Error).message;
      }
      this.retried += 1;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`POST ${path} did not succeed within ${timeoutMs / 1000} s: ${last}`);
  }
}
