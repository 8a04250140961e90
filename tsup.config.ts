import { copyFile } from 'node:fs/promises';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  target: 'node20',
  sourcemap: false,
  treeshake: true,
  // `import.meta.url` in the CJS build, so the pool finds dist/worker.js from dist/index.cjs too.
  shims: true,
  dts: { entry: { index: 'src/index.ts' } },
};

/** The compiled dictionaries ship as data beside the bundle; the tagger reads them on first use. */
const copyData = () => copyFile('src/generated/dictionaries.pack', 'dist/dictionaries.pack');

export default defineConfig([
  // ESM: the library, the worker thread module of the pool, and the `newstag` command; shared code goes in chunks.
  { ...shared, entry: { index: 'src/index.ts', worker: 'src/pipeline/worker.ts', cli: 'src/cli/main.ts' }, format: ['esm'], clean: true, onSuccess: copyData },
  // CJS: the library only; its pool starts the ESM worker module.
  { ...shared, entry: { index: 'src/index.ts' }, format: ['cjs'], onSuccess: copyData },
]);
