// `npm start` and `npm run preview`: serves a build with the production headers (scripts/lib/server.ts).
// DIST_DIR picks the build (default dist), BASE_PATH the path it is served under (default /), PORT (default 4321,
// 0 for any free port) and HOST (default 127.0.0.1) the address.
import { normalizeBase, serve } from './lib/server.ts';

const root = process.env['DIST_DIR'] ?? 'dist';
const base = normalizeBase(process.env['BASE_PATH'] ?? '/');
const host = process.env['HOST'] || '127.0.0.1';
const port = Number(process.env['PORT'] || 4321);

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve: PORT must be a whole number from 0 to 65535, not "${process.env['PORT'] ?? ''}"`);
  process.exit(1);
}
try {
  const { origin } = await serve({ root, base, port, host });
  console.log(`Serving ${root}/ at ${origin}${base} (Ctrl+C to stop)`);
} catch (error) {
  console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
