/**
 * Where the electron package put its binary, or why there is none: the postinstall download did
 * not happen (as on machines that cannot reach Electron's download host).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function findElectronBinary(projectRoot: string): { path: string } | { missing: string } {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: pathFile };
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: binary };
}
