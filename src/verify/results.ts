import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import { writeFileAtomically } from '../files.js';
import { expectedRequest } from './expected.js';
import { runProcess } from './process.js';
import type { Snippet } from './runners/types.js';
import { probesOf, which } from './toolchain.js';

/**
 * Passes remembered between runs, so a run verifies only what changed. A pass is keyed by
 * everything that decides it: the snippet's bytes, the request it must send (uploads by their
 * bytes), the environment it runs with, the client's verify recipe, and the toolchain and library
 * versions on this machine. Change any of them and the snippet runs again. Only passes are kept:
 * a failure always runs again, and a machine that cannot name its versions keeps nothing.
 */
export class ResultCache {
  private readonly fingerprints = new Map<string, Promise<string | null>>();

  constructor(
    private readonly dir: string,
    private readonly unavailable: (client: ClientDescriptor) => Promise<string | null>,
  ) {}

  /** The snippet's key, or null when its toolchain cannot be identified (nothing is cached then). */
  async key(snippet: Snippet): Promise<string | null> {
    const fingerprint = await this.fingerprint(snippet.client);
    if (fingerprint === null) return null;
    const expected = expectedRequest(snippet.endpoint, snippet.env);
    const hash = createHash('sha256');
    hash.update(JSON.stringify({ code: snippet.code, expected, env: snippet.env, recipe: snippet.client.verify, extension: snippet.client.extension, fingerprint }, bytesAsHex));
    return hash.digest('hex');
  }

  passed(key: string): boolean {
    return existsSync(this.file(key));
  }

  remember(key: string): void {
    writeFileAtomically(this.file(key), '');
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.passed`);
  }

  /**
   * What the client's availability check printed (its toolchain's version line, its library
   * probe) plus the installed versions of the Debian packages its recipe names; null when the
   * client is unavailable or names no version at all.
   */
  private fingerprint(client: ClientDescriptor): Promise<string | null> {
    let found = this.fingerprints.get(client.id);
    if (!found) {
      found = (async () => {
        let reason: string | null = null;
        const probes = await probesOf(async () => (reason = await this.unavailable(client)));
        if (reason !== null) return null;
        const packages = await aptVersions(client.verify.apt ?? []);
        if (packages === null) return null;
        return probes || packages ? `${probes}\n${packages}` : null;
      })();
      this.fingerprints.set(client.id, found);
    }
    return found;
  }
}

/** `name version` of each package, or null when one is not installed or dpkg is missing. */
async function aptVersions(packages: readonly string[]): Promise<string | null> {
  if (packages.length === 0) return '';
  const dpkg = which('dpkg-query');
  if (!dpkg) return null;
  const result = await runProcess(dpkg, ['-W', '-f=${Package} ${Version} ${db:Status-Abbrev}\\n', ...packages], { cwd: process.cwd(), timeoutMs: 60_000 });
  if (result.code !== 0) return null;
  const lines = result.stdout.trim().split('\n');
  return lines.every((line) => /\sii\s*$/.test(line)) ? lines.sort().join('\n') : null;
}

/** Uploads are compared by their bytes: they go into the key as hex; big JSON integers as digits. */
function bytesAsHex(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  return value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)
    ? Buffer.from((value as { data: number[] }).data).toString('hex')
    : value;
}
