import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { SnipgenError } from './errors.js';

/**
 * The files that differ from git revision `ref`: committed since, changed in the working tree,
 * and new (untracked, not ignored), as absolute paths. A folder that is not a git checkout, or a
 * revision git does not know, is a usage error: an empty answer would verify nothing.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const error = e as NodeJS.ErrnoException & { stderr?: string };
      const why = error.code === 'ENOENT' ? 'git is not installed' : (error.stderr ?? '').trim().split('\n')[0] || `git ${args.join(' ')} failed`;
      throw new SnipgenError(`--changed-since ${ref}: ${why}`, 'usage');
    }
  };
  const top = git(['rev-parse', '--show-toplevel']).trim();
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new SnipgenError(`--changed-since ${ref}: not a revision of the git repository at ${top}`, 'usage');
  }
  const names = [...git(['diff', '--name-only', '-z', ref, '--']).split('\0'), ...git(['ls-files', '--others', '--exclude-standard', '-z']).split('\0').map((f) => resolve(cwd, f))];
  return new Set(names.filter(Boolean).map((name) => resolve(top, name)));
}
