// The one definition of the custom elements manifest, used by `npm run analyze`
// (which writes custom-elements.json) and by scripts/check-manifest.mjs (which
// regenerates it into a temporary folder and compares, in `npm test`).
export default {
  globs: ['src/components/**/*.ts', 'src/core/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  // Lit properties, attributes, @csspart, @cssprop, @fires, @slot from JSDoc.
  litelement: true,
  // package.json already points "customElements" at custom-elements.json; the
  // analyzer must not rewrite it (it would, with the temporary --outdir).
  packagejson: false,
};
