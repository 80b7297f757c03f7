// Bundles the booth and trustee page scripts with their libraries into self-contained files
// served by Unionhall itself: node build.mjs RESOURCES_DIRECTORY (writes js/booth.js, js/trustee.js, js/result.js and
// booth/booth.css under it).
import { build } from 'esbuild';

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node build.mjs RESOURCES_DIRECTORY');
  process.exit(2);
}

await build({
  entryPoints: {
    'js/booth': 'src/pages/booth-page.js',
    'js/trustee': 'src/pages/trustee-page.js',
    'js/result': 'src/pages/result-page.js',
    'booth/booth': 'src/pages/booth.css',
  },
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  outdir,
  logLevel: 'warning',
});
