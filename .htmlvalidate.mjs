/**
 * html-validate over every HTML file of the export (tests/e2e/html-validity.test.ts).
 * Only rules that Next.js / React's own markup breaks are relaxed, each with the output that breaks it.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // React serialises boolean attributes as `async=""`, `noModule=""`, `hidden=""`.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // React writes void elements self-closed: `<meta … />`, `<link … />`.
    'void-style': 'off',
    // React keeps camelCase attribute names: `charSet`, `noModule`, `fetchPriority`.
    'attr-case': 'off',
    // Next gives its bootstrap script `id="_R_"`; relaxed mode still requires ids without spaces.
    'valid-id': ['error', { relaxed: true }],
    // Next's built-in not-found page and next/image write style="…" attributes (the CSP hashes them).
    'no-inline-style': 'off',
  },
};
