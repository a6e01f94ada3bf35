/**
 * One built page, parsed once (parse5, the WHATWG algorithm browsers use,
 * with source positions) and shared by every page-wide rule.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;

export interface Finding {
  /** Output-relative file, e.g. "guide/skills/index.html". */
  file: string;
  line: number;
  rule: string;
  message: string;
}

export interface Page {
  file: string;
  html: string;
  doc: T.Document;
  /** Every element in document order, template contents included. */
  elements: Element[];
  head: Element | undefined;
  body: Element | undefined;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export const lineOf = (el: Element | undefined): number => el?.sourceCodeLocation?.startLine ?? 0;

function* walk(node: T.ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* walk(child.tagName === 'template' ? (child as T.Template).content : child);
  }
}

export function parsePage(file: string, html: string): Page {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const elements = [...walk(doc)];
  return { file, html, doc, elements, head: elements.find((e) => e.tagName === 'head'), body: elements.find((e) => e.tagName === 'body') };
}

/** True when `el` sits inside an element matching `test` (itself included). */
export function within(el: Element, test: (e: Element) => boolean): boolean {
  let node: T.ParentNode | null = el;
  while (node && 'tagName' in node) {
    if (test(node as Element)) return true;
    node = (node as Element).parentNode;
  }
  return false;
}

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

/** The text a reader sees inside an element: scripts, styles, templates and hidden elements left out. */
export function visibleText(el: Element): string {
  let out = '';
  const visit = (node: T.ChildNode) => {
    if (node.nodeName === '#text') {
      out += (node as T.TextNode).value;
      return;
    }
    if (!('tagName' in node)) return;
    if (['script', 'style', 'template', 'noscript'].includes(node.tagName)) return;
    if (node.attrs.some((a) => a.name === 'hidden' || (a.name === 'aria-hidden' && a.value === 'true'))) return;
    if (hasClass(node, 'sr-only')) return;
    for (const c of node.childNodes) visit(c);
  };
  for (const c of el.childNodes) visit(c);
  return out.replace(/\s+/g, ' ').trim();
}
