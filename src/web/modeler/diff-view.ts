/// <reference lib="dom" />
import type CamundaModeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import { diff, type Changes } from 'bpmn-js-differ';
import { data, h } from '../shared/api-client';
import type { Translate } from '../shared/i18n';
import type { ModelerKey } from './modeler.messages';

interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void }
interface Registry { get(id: string): unknown }
interface Moddle { fromXML(xml: string, type: string): Promise<{ rootElement: unknown }> }

/** Differences between the diagram on the canvas and a base version (bpmn-js-differ), listed and marked on the canvas. */
export class DiffView {
  private base: unknown;
  private baseLabel = '';
  private marked: Array<[string, string]> = [];
  private timer: number | undefined;

  constructor(private readonly modeler: CamundaModeler, private readonly summary: HTMLElement, private readonly list: HTMLElement, private readonly t: Translate<ModelerKey>) {}

  async setBase(xml: string | undefined, label: string): Promise<void> {
    this.base = xml ? (await this.modeler.get<Moddle>('moddle').fromXML(xml, 'bpmn:Definitions')).rootElement : undefined;
    this.baseLabel = label;
    this.refresh();
  }

  schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.refresh(), 150);
  }

  refresh(): void {
    const canvas = this.modeler.get<Canvas>('canvas');
    const registry = this.modeler.get<Registry>('elementRegistry');
    for (const [id, marker] of this.marked) if (registry.get(id)) canvas.removeMarker(id, marker);
    this.marked = [];
    if (!this.base) {
      this.summary.textContent = this.t('diff.noBase', { base: this.baseLabel });
      this.list.replaceChildren();
      return;
    }
    const changes: Changes = diff(this.base, this.modeler.getDefinitions());
    const mark = (id: string, marker: string) => {
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
        this.marked.push([id, marker]);
      }
    };
    const items: HTMLElement[] = [];
    for (const id of Object.keys(changes._added)) { mark(id, 'diff-added'); items.push(h('li', { 'data-change': 'added', 'data-element': id }, ...this.t.parts('diff.added', { id: data(id) }))); }
    for (const id of Object.keys(changes._removed)) items.push(h('li', { 'data-change': 'removed', 'data-element': id }, ...this.t.parts('diff.removed', { id: data(id) })));
    for (const [id, change] of Object.entries(changes._changed)) {
      mark(id, 'diff-changed');
      // bpmn-js-differ 3.2 hands jsondiffpatch's [old, new] to its handler as (newValue, oldValue); read the
      // current value from the element itself so the arrow points the right way whatever the library does.
      const current = change.model as Record<string, unknown>;
      const attributes = Object.entries(change.attrs).map(([name, values]) => {
        const now = current[name];
        const before = values.newValue === now ? values.oldValue : values.newValue;
        return `${name}: ${JSON.stringify(before)} → ${JSON.stringify(now)}`;
      });
      items.push(h('li', { 'data-change': 'changed', 'data-element': id }, ...this.t.parts('diff.changed', { id: data(id), attributes: data(attributes.join('; ')) })));
    }
    for (const id of Object.keys(changes._layoutChanged)) { if (!(id in changes._changed)) mark(id, 'diff-layout'); items.push(h('li', { 'data-change': 'layout', 'data-element': id }, ...this.t.parts('diff.moved', { id: data(id) }))); }
    const count = (record: Record<string, unknown>) => Object.keys(record).length;
    this.summary.replaceChildren(...this.t.parts('diff.summary', { base: data(this.baseLabel), added: count(changes._added), removed: count(changes._removed), changed: count(changes._changed), moved: count(changes._layoutChanged) }));
    this.list.replaceChildren(...items);
  }
}
