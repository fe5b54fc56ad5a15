import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { measureProcesses } from './proc';

describe('measureProcesses', () => {
  it('counts the CPU a child process burns to its parent group and none to an idle one', async () => {
    // A shell that forks a busy child: the CPU is the grandchild's, and must count to the root.
    const busy = spawn('bash', ['-c', 'timeout 0.6 bash -c "while :; do :; done"; sleep 5'], { stdio: 'ignore' });
    const idle = spawn('sleep', ['5'], { stdio: 'ignore' });
    try {
      const { times } = await measureProcesses({ busy: busy.pid, idle: idle.pid }, () => new Promise((resolve) => setTimeout(resolve, 500)));
      expect(times.busy!.cpuMs).toBeGreaterThan(150);
      expect(times.idle!.cpuMs).toBeLessThan(20);
      expect(times.busy!.runQueueWaitMs).toBeGreaterThanOrEqual(0);
    } finally {
      busy.kill('SIGKILL');
      idle.kill('SIGKILL');
    }
  });

  it('counts a child that is the root of another group to that group only, not to its parent', async () => {
    // The load generator starts the system: its own group must not hold the system's CPU too.
    const busy = spawn('bash', ['-c', 'timeout 0.6 bash -c "while :; do :; done"; sleep 5'], { stdio: 'ignore' });
    try {
      const { times } = await measureProcesses({ generator: process.pid, busy: busy.pid }, () => new Promise((resolve) => setTimeout(resolve, 500)));
      expect(times.busy!.cpuMs).toBeGreaterThan(150);
      expect(times.generator!.cpuMs).toBeLessThan(times.busy!.cpuMs / 2);
    } finally {
      busy.kill('SIGKILL');
    }
  });

  it('reports nothing for a group whose process is gone', async () => {
    const { times } = await measureProcesses({ gone: 2 ** 22 + 1 }, async () => undefined);
    expect(times.gone).toEqual({ cpuMs: 0, runQueueWaitMs: 0 });
  });
});
