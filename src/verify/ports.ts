import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files.js';

/**
 * The port each snippet got last time. The port is part of the generated code, so asking for
 * the same one again makes an unchanged snippet compile to the same program and hit the build
 * cache; when that port is taken, the system picks a free one (port 0) as on the first run.
 */
export class PortMemory {
  private readonly ports: Record<string, number>;

  constructor(private readonly file: string) {
    try {
      this.ports = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    } catch {
      this.ports = {};
    }
  }

  get(key: string): number | undefined {
    const port = this.ports[key];
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port < 65536 ? port : undefined;
  }

  set(key: string, port: number): void {
    this.ports[key] = port;
  }

  save(): void {
    writeFileAtomically(this.file, JSON.stringify(this.ports, null, 1) + '\n');
  }
}
