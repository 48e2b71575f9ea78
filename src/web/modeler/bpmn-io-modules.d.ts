/** The packed lint rules (built by src/web/lint-config.bundle.ts at bundle time). */
declare module 'virtual:bpmnlint-config' {
  export const config: unknown;
  export const resolver: unknown;
  export const ruleCount: number;
}

declare module 'bpmn-js-bpmnlint' {
  const lintModule: unknown;
  export default lintModule;
}

declare module 'bpmn-js-differ' {
  export interface Changes {
    _added: Record<string, unknown>;
    _removed: Record<string, unknown>;
    _changed: Record<string, { model: unknown; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, unknown>;
  }
  export function diff(oldDefinitions: unknown, newDefinitions: unknown): Changes;
}
