// The one definition of the custom elements manifest, used by `npm run analyze`
// (which writes custom-elements.json) and by scripts/check-manifest.mjs (which
// regenerates it into a temporary folder and compares, in `npm test`).
import { toolsManifestPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/core/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  // Lit properties, attributes, @csspart, @cssprop, @fires, @slot from JSDoc.
  litelement: true,
  // package.json already points "customElements" at custom-elements.json; the
  // analyzer must not rewrite it (it would, with the temporary --outdir).
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file glob returns them, which
      // varies from run to run: sort them so the manifest is reproducible.
      name: 'hohhot-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    // Paths of dist/, literal unions, typed `data`, no private members, `lang`, define modules.
    toolsManifestPlugin(),
  ],
};
