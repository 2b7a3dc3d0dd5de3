// Types for the parts of `edtf` (https://github.com/inukshuk/edtf.js) this project uses; the package ships none.
declare module 'edtf' {
  export interface ParseOptions {
    level?: 0 | 1 | 2;
    types?: string[];
  }
  /** The parse tree of an EDTF string; see src/lib/dates.ts for the shapes relied on. */
  export function parse(input: string, options?: ParseOptions): unknown;
  const edtf: (input: string, options?: ParseOptions) => unknown;
  export default edtf;
}
