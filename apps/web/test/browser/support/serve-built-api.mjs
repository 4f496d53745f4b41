// Starts the built API as apps/api/dist/main.js does, except that the web app it serves is the one
// named on the command line (the browser suites' own build) instead of apps/web/dist.
// Usage: node serve-built-api.mjs <apps/api/dist> <web build directory>
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [apiDist, webDistDir] = process.argv.slice(2);
if (!apiDist || !webDistDir) {
  console.error('usage: serve-built-api.mjs <api dist directory> <web build directory>');
  process.exit(2);
}
const load = (path) => import(pathToFileURL(join(apiDist, path)).href);
const { loadConfig } = await load('core/config/load-config.js');
const { ConfigError } = await load('core/config/config-error.js');
const { createApp } = await load('create-app.js');

let config;
try {
  config = loadConfig(process.env, { webDistDir });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
if (config.webDistDir !== webDistDir) {
  console.error(`no built web app (index.html) in ${webDistDir}`);
  process.exit(2);
}
const app = await createApp(config);
await app.listen({ port: config.port, host: config.host });
console.log(`listening on http://${config.host}:${config.port}/ serving ${webDistDir}`);
