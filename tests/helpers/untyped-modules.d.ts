// Types for the parts of two test-only packages this project uses; they ship none.
declare module 'html-metadata' {
  /** Every metadata block html-metadata finds: highwirePress, dublinCore, openGraph, jsonLd, general… */
  export function loadFromString(html: string): Promise<Record<string, Record<string, unknown> | undefined>>;
  const htmlMetadata: { loadFromString: typeof loadFromString };
  export default htmlMetadata;
}
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    rootType?: string;
    fieldNames?: string[];
    path?: unknown;
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    /** Takes the shape @marbec/web-auto-extractor produces: `{ jsonld: { <type>: [items] } }`. */
    validate(data: {
      jsonld?: Record<string, unknown[]>;
      microdata?: unknown;
      rdfa?: unknown;
    }): Promise<ValidationIssue[]>;
  }
}
