/// <reference lib="dom" />
import { shellText } from './page-language';
import { shellMessages, type ShellKey } from './shell.messages';

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

/** Shows who is logged in, in the page header: the directory's name and id as they are, the role in the page's language. */
export async function showWhoAmI(): Promise<Me> {
  const me = await api<Me>('/api/me');
  const slot = document.getElementById('whoami');
  const role = `role.${me.role}`;
  if (slot) {
    slot.replaceChildren(...shellText.parts('whoami', { name: data(me.displayName), username: data(me.username), role: role in shellMessages.en ? shellText(role as ShellKey) : me.role }));
  }
  return me;
}

/** A value shown as recorded (a name, an id, a process's own text): marked so that it is never taken for page text to translate. */
export function data(text: string): HTMLSpanElement {
  return h('span', { translate: 'no' }, text);
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
