/**
 * Sätteri HAST plugin: every table written in Markdown is put in a box that
 * scrolls sideways on its own (src/styles/custom.css, `.table-scroll`), so a
 * table wider than a phone never widens the page. The box can take keyboard
 * focus and is named after the table's column headings, so a keyboard or
 * screen-reader user can find it and scroll it too.
 */
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

export function tableScrollPlugin(): HastPluginDefinition {
  return defineHastPlugin({
    name: 'table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node) as { type?: string; properties?: { className?: unknown } } | undefined;
        const classes = parent?.properties?.className;
        if (Array.isArray(classes) && classes.includes('table-scroll')) return;
        const head = (node.children ?? []).find((c) => c.type === 'element' && c.tagName === 'thead');
        const headings = head ? ctx.textContent(head).replace(/\s+/g, ' ').trim() : '';
        const firstRow = head && 'children' in head ? head.children.find((c) => c.type === 'element' && c.tagName === 'tr') : undefined;
        const cells =
          firstRow && 'children' in firstRow
            ? firstRow.children
                .filter((c) => c.type === 'element')
                .map((c) => ctx.textContent(c).trim())
                .filter(Boolean)
            : [];
        const label = cells.length ? `Table: ${cells.join(', ')}` : headings ? `Table: ${headings}` : 'Table';
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll', 'prose-table'], tabIndex: 0, role: 'region', ariaLabel: `${label} (scrolls sideways)` },
          children: [],
        });
      },
    },
  });
}
