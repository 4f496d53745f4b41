import { extname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GRAPHQL_PATH } from '../graphql/graphql-options.factory.js';

/** Vite puts content-hashed files under assets/: a new build gives them new names, never new content. */
const HASHED_ASSETS = /[\\/]assets[\\/]/;
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/**
 * Serves the built web app: its files as they are, and index.html for any other GET that is not the
 * API, so client-side routes survive a reload. A missing file with an extension stays a 404.
 *
 * The web build writes brotli and gzip copies beside each text file (`.br`, `.gz`); they are sent
 * with `content-encoding` to browsers that accept them, so nothing is compressed per request. Hashed
 * assets are cached for a year as immutable; everything else (index.html above all) is revalidated on
 * each load, so a new release is picked up at once.
 */
export async function serveWebApp(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (response, path) => {
      response.header('cache-control', HASHED_ASSETS.test(path) ? IMMUTABLE_CACHE : REVALIDATE_CACHE);
    },
  });
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith(GRAPHQL_PATH) || extname(path) !== '') {
      return reply.code(404).send({ error: 'Not Found' });
    }
    return reply.type('text/html').sendFile('index.html', join(distDir));
  });
}
