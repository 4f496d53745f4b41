import { extname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { GRAPHQL_PATH } from '../graphql/graphql-options.factory.js';

/**
 * Serves the built web app: its files as they are, and index.html for any other GET that is not the
 * API, so client-side routes survive a reload. A missing file with an extension stays a 404.
 */
export async function serveWebApp(app: NestFastifyApplication, distDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, { root: distDir, wildcard: false, index: ['index.html'] });
  fastify.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path.startsWith(GRAPHQL_PATH) || extname(path) !== '') {
      return reply.code(404).send({ error: 'Not Found' });
    }
    return reply.type('text/html').sendFile('index.html', join(distDir));
  });
}
