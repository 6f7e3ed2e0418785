/**
 * Copies TensorFlow.js's wasm binaries into public/tfjs/ so the static export
 * serves them beside the app (the worker calls setWasmPaths('<base>/tfjs/')).
 * Idempotent: files whose size and mtime already match are left alone.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist');
const targetDir = join(root, 'public', 'tfjs');

if (!existsSync(sourceDir)) {
  console.error(`copy-wasm: ${relative(root, sourceDir)} is missing: run npm ci first.`);
  process.exit(1);
}

const wasmFiles = readdirSync(sourceDir).filter((name) => name.endsWith('.wasm'));
if (wasmFiles.length === 0) {
  console.error(`copy-wasm: no .wasm files in ${relative(root, sourceDir)}: reinstall @tensorflow/tfjs-backend-wasm.`);
  process.exit(1);
}

mkdirSync(targetDir, { recursive: true });
let copiedCount = 0;
for (const name of wasmFiles) {
  const from = join(sourceDir, name);
  const to = join(targetDir, name);
  const source = statSync(from);
  const target = existsSync(to) ? statSync(to) : undefined;
  if (target && target.size === source.size && target.mtimeMs >= source.mtimeMs) continue;
  copyFileSync(from, to);
  copiedCount += 1;
}

console.log(
  `copy-wasm: ${wasmFiles.length} wasm files in ${relative(root, targetDir)}/ (${copiedCount} copied, ${wasmFiles.length - copiedCount} up to date)`,
);
