import { readdirSync, readFileSync } from 'node:fs';

/**
 * The sandbox processes (the js checker's) whose parent is `parent`, as the OS sees them: for tests that
 * check chops leaves none running. Linux only, through /proc.
 */
export function sandboxProcessesOf(parent: number = process.pid): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // The parent's pid is the second field after the command name, which may hold spaces.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
        const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return Number(fields?.[1]) === parent && fields?.[0] !== 'Z' && command.includes('sandbox-process');
      } catch {
        return false; // it ended while we looked
      }
    })
    .map(Number);
}
