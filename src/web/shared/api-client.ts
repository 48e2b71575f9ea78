/// <reference lib="dom" />

/** A problem+json answer of our API, with its field details. */
export class ApiProblem extends Error {
  constructor(readonly status: number, readonly detail: string, readonly fields: Array<{ field: string; message: string }>) {
    super(`${status}: ${detail}${fields.length ? ` (${fields.map((f) => `${f.field} ${f.message}`).join('; ')})` : ''}`);
  }
}

/** Calls our API with the page's basic-auth login (the browser sends it for the same origin). */
export async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const isForm = init.body instanceof FormData;
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(init.body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = (parsed ?? {}) as { detail?: string; errors?: Array<{ field: string; message: string }> };
    throw new ApiProblem(response.status, problem.detail ?? response.statusText, problem.errors ?? []);
  }
  return parsed as T;
}

export interface Me {
  username: string;
  displayName: string;
  role: string;
}

/** Shows who is logged in, in the page header. */
export async function showWhoAmI(): Promise<Me> {
  const me = await api<Me>('/api/me');
  const slot = document.getElementById('whoami');
  if (slot) slot.textContent = `${me.displayName} — ${me.username} (${me.role})`;
  return me;
}

/** Small DOM helper: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Array<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

export function showError(target: HTMLElement, error: unknown): void {
  target.textContent = error instanceof Error ? error.message : String(error);
  target.hidden = false;
}
