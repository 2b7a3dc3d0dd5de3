// Types for the parts of citation-js 0.8 (https://citation.js.org) this project uses; the packages ship none.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object';
    template?: string;
    lang?: string;
    type?: string;
  }
  export class Cite {
    constructor(data: unknown);
    static async(data: unknown): Promise<Cite>;
    data: Array<Record<string, unknown>>;
    format(format: 'bibliography' | 'citation', options?: FormatOptions): string;
    format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: FormatOptions): unknown;
  }
  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }
  export const plugins: {
    config: {
      get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
      get(plugin: '@bibtex'): {
        format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean };
      };
      get(plugin: string): unknown;
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
