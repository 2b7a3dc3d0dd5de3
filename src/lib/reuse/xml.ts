/**
 * Escaping for XML 1.0 text and attribute values, for every XML file the site writes (the RSS feeds). No CDATA:
 * a CDATA section ends at the first `]]>` in the text, which is how a title could smuggle markup into a feed.
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) are refused with an error naming them: the validator refuses them in the content,
 * so meeting one here is a bug to report, not something to write as an ill-formed feed.
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export class XmlCharacterError extends Error {
  constructor(text: string, index: number) {
    const cp = text.charCodeAt(index);
    super(
      `U+${cp.toString(16).toUpperCase().padStart(4, '0')} cannot be written to XML (in "${text.slice(Math.max(0, index - 20), index + 20)}")`,
    );
    this.name = 'XmlCharacterError';
  }
}

function check(text: string): void {
  const m = NOT_XML.exec(text);
  if (m) throw new XmlCharacterError(text, m.index);
}

/** Text content: `&`, `<` and `>` (the last so `]]>` can never appear) escaped. */
export function xmlText(text: string): string {
  check(text);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also `"`, and tab and line breaks (which attribute normalisation would eat). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
