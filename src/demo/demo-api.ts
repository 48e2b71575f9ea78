/** Our HTTP API as the demo's people call it (basic auth), from outside the process like any client. */
export class DemoApi {
  /** The demo users' passwords of this run, set when the users are ensured. */
  readonly credentials = new Map<string, string>();

  constructor(private readonly base: string) {}

  private authorization(user: string): string {
    const password = this.credentials.get(user);
    if (password === undefined) throw new Error(`no password for ${user}: the demo users are not set up`);
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  async call(method: string, path: string, user: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { authorization: this.authorization(user), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  /** Uploads a document for the application; the same file again answers the first upload (200). Returns the document id. */
  async upload(applicationId: string, kind: string, fileName: string, content: Buffer, user: string): Promise<string> {
    const form = new FormData();
    form.set('applicationId', applicationId);
    form.set('kind', kind);
    form.set('file', new Blob([new Uint8Array(content)], { type: 'application/pdf' }), fileName);
    const response = await fetch(`${this.base}/api/documents`, { method: 'POST', headers: { authorization: this.authorization(user) }, body: form });
    const answer = (await response.json()) as { id?: string };
    if ((response.status !== 201 && response.status !== 200) || !answer.id) throw new Error(`uploading ${fileName} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.id;
  }
}
