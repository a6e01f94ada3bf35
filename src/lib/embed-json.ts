/**
 * JSON that is safe inside <script type="application/json">: "<" and the JS
 * line separators are escaped, so data can never close the element. Pure.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
