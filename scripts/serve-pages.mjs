// Serves a staged Pages folder on loopback with gzip, like GitHub Pages.
// Usage: node scripts/serve-pages.mjs DIR PORT
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const [dir = 'target/pages', port = '4173'] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'node_modules', '.bin', 'serve');
const child = spawn(bin, ['-L', '-n', '-l', `tcp://127.0.0.1:${port}`, dir], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { child.kill(sig); process.exit(0); });
child.on('exit', (code) => process.exit(code ?? 0));
