// Bundles the booth and trustee page scripts with their libraries into self-contained files
// served by Unionhall itself: node build.mjs OUTPUT_DIRECTORY
import { build } from 'esbuild';

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node build.mjs OUTPUT_DIRECTORY');
  process.exit(2);
}

await build({
  entryPoints: { booth: 'src/pages/booth-page.js', trustee: 'src/pages/trustee-page.js' },
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'eof',
  outdir,
  logLevel: 'warning',
});
