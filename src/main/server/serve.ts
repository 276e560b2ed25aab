import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCorpus, resolveDataDir } from '../app/corpus';
import { createBrowserServer } from './server';

// `npm run serve [-- --port N --data DIR]`: the browser mode, on 127.0.0.1 only.
const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, data: { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('--port must be a number from 0 to 65535 (0 picks a free port).');
  process.exit(2);
}
const staticDir = join(import.meta.dirname, '../../../out/renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  console.error(
    'The renderer is not built: run `npm run build` (or `npm run serve`, which builds first).',
  );
  process.exit(1);
}

const corpus = openCorpus(resolveDataDir(values.data));
const { server, token } = createBrowserServer({
  handlers: corpus.handlers,
  staticDir,
  dataDir: corpus.dataDir,
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Recoupe (browser mode) is running at http://127.0.0.1:${actualPort}/?token=${token}`,
  );
  console.log(`Data folder: ${corpus.dataDir}`);
});

function shutdown(): void {
  server.close();
  corpus.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
