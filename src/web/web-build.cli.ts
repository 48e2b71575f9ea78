import { buildWebPages } from './web-bundle';

/** `npm run web:build`: bundles the web pages into .web-build/. */
buildWebPages().then(
  (result) => {
    console.log(`web pages built in ${result.ms} ms: ${result.files.filter((file) => /\.(js|css)$/.test(file)).join(', ')}`);
  },
  (error: Error) => {
    console.error(`web build failed: ${error.message}`);
    process.exit(1);
  },
);
