/**
 * Sätteri HAST plugin: content is written with root-relative links
 * ("/guide/skills/"); this prefixes the configured base so the same Markdown
 * works when the site is hosted below a sub-path (e.g. "/careers/"). It is
 * listed before the link validator, which therefore checks the final URLs.
 */
import { defineHastPlugin, type HastPluginDefinition, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { withBase } from '../../src/lib/paths.ts';

const LINK_ATTRS = new Set(['href', 'src']);

export function baseLinksPlugin(base: string): HastPluginDefinition {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img', 'source'],
      visit(node, ctx) {
        for (const key of LINK_ATTRS) {
          const value = node.properties?.[key];
          if (typeof value === 'string') {
            const next = withBase(value, base);
            if (next !== value) ctx.setProperty(node, key, next);
          }
        }
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
    mdxJsxTextElement: { filter: [], visit: (node) => rewriteJsx(node, base) },
  });
}

function rewriteJsx<N extends MdxJsxFlowElementHast | MdxJsxTextElementHast>(node: Readonly<N>, base: string): N | void {
  let changed = false;
  const attributes = node.attributes.map((attr) => {
    if (attr.type === 'mdxJsxAttribute' && LINK_ATTRS.has(attr.name) && typeof attr.value === 'string') {
      const value = withBase(attr.value, base);
      if (value !== attr.value) {
        changed = true;
        return { ...attr, value };
      }
    }
    return attr;
  });
  if (changed) return { ...node, attributes } as N;
}
