/** The machine's own addresses on its networks (what --lan serves on and prints to share). */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** IPv4 first (what people type), then IPv6 other than link-local; never loopback. */
export function lanAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal) continue;
      if (entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80')) continue;
      found.push(entry.address);
    }
  }
  return found.sort((a, b) => Number(a.includes(':')) - Number(b.includes(':')));
}
