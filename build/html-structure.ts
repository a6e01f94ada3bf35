/**
 * Document-structure checks that html-validate does not make: nothing may
 * follow </body> or </html>. Browsers move such content into <body>, but it is
 * invalid HTML (the Nu checker: "Stray start tag script", after which it
 * cannot check the rest). Uses parse5, the WHATWG parser, with source offsets.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

function* elements(node: T.ParentNode): Generator<T.Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elements(child);
  }
}

/** One message per element or text that stands after </body> or </html> in the source, with its line. */
export function strayAfterDocumentEnd(html: string): string[] {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const root = doc.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'html');
  const body = root?.childNodes.find((n): n is T.Element => 'tagName' in n && n.tagName === 'body');
  const ends = [body?.sourceCodeLocation?.endTag, root?.sourceCodeLocation?.endTag].filter((e) => e !== undefined);
  if (ends.length === 0) return [];
  const end = Math.min(...ends.map((e) => e.startOffset));
  const stray: string[] = [];
  for (const el of elements(doc)) {
    const loc = el.sourceCodeLocation;
    if (loc && loc.startOffset > end) stray.push(`line ${loc.startLine}: <${el.tagName}> after </body> or </html> (a stray start tag)`);
  }
  for (const n of body?.childNodes ?? []) {
    if (n.nodeName === '#text' && n.sourceCodeLocation && n.sourceCodeLocation.startOffset > end && (n as T.TextNode).value.trim()) {
      stray.push(`line ${n.sourceCodeLocation.startLine}: text after </body> or </html>`);
    }
  }
  return stray;
}
