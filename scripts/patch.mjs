// Edits of files another tool wrote (trunk's index.html, wasm-bindgen's
// loader, the service worker template), each of which must find exactly
// what it expects. When trunk, wasm-bindgen or a template changes shape,
// the build stops here with a message naming the file, what was looked
// for and how many times it was found, instead of shipping a page with a
// stale integrity hash, no CSP or a worker that never updates.

/** A build step that could not find what it expected in a generated file. */
export class PatchError extends Error {
  constructor(step, file, what, found) {
    super(`${step}: expected exactly one ${what} in ${file}, found ${found}. `
      + 'Has trunk, wasm-bindgen or the template changed its output? Update the pattern in scripts/ with the new shape.');
    this.name = 'PatchError';
  }
}

/** Counts the matches of `pattern` (a string or a RegExp) in `text`. */
function count(text, pattern) {
  if (typeof pattern === 'string') return text.split(pattern).length - 1;
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  return [...text.matchAll(new RegExp(pattern.source, flags))].length;
}

/** The one match of `pattern` in `text` (a RegExp match array, or the string itself). */
export function findOne(text, pattern, { step, file, what }) {
  const n = count(text, pattern);
  if (n !== 1) throw new PatchError(step, file, what, n);
  return typeof pattern === 'string' ? [pattern] : text.match(new RegExp(pattern.source, pattern.flags.replace('g', '')));
}

/**
 * `text` with the one match of `pattern` replaced by `replacement` (a
 * string, inserted literally, or a function of the match as for
 * String.replace). Throws a PatchError when there is no match or more
 * than one.
 */
export function replaceOne(text, pattern, replacement, where) {
  findOne(text, pattern, where);
  const literal = typeof replacement === 'string' ? () => replacement : replacement;
  return typeof pattern === 'string'
    ? text.replace(pattern, literal)
    : text.replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), literal);
}

/** Escapes `s` for use inside a RegExp. */
export const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of every inline `<script>` (one without a `src`) in `html`, read
 * as the HTML tokenizer reads it: the start tag ends at the first `>`
 * outside a quoted attribute value, and the text runs to the first
 * `</script`. A Content-Security-Policy hash must be of exactly that text.
 */
export function inlineScripts(html, { step, file }) {
  const lower = html.toLowerCase();
  const scripts = [];
  let at = 0;
  while ((at = lower.indexOf('<script', at)) !== -1) {
    let i = at + '<script'.length;
    if (!/[\s/>]/.test(html[i] ?? '')) { at = i; continue; } // e.g. <scripts>
    let quote = null;
    for (; i < html.length; i++) {
      const c = html[i];
      if (quote) { if (c === quote) quote = null; } else if (c === '"' || c === "'") quote = c; else if (c === '>') break;
    }
    const end = lower.indexOf('</script', i);
    if (i >= html.length || end === -1) throw new Error(`${step}: an unterminated <script> in ${file} (at character ${at})`);
    const startTag = html.slice(at, i + 1);
    if (!/\ssrc\s*=/i.test(startTag)) scripts.push(html.slice(i + 1, end));
    at = end;
  }
  return scripts;
}
