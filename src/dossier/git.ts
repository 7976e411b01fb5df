/** The git commit a dossier folder's files come from, when they are in a git work tree. */
import { spawnSync } from 'node:child_process';

/** `git:<commit>` (with `+changes` when the folder has uncommitted edits), or null. */
export function gitOrigin(dir: string): string | null {
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', timeout: 5000 });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0) return null;
  const dirty = git('status', '--porcelain', '--', '.');
  const commit = head.stdout.trim();
  return `git:${commit}${dirty.status === 0 && dirty.stdout.trim() !== '' ? '+changes' : ''}`;
}
