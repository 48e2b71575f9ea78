import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const entry = path.join(__dirname, 'system.child.ts');

/**
 * The workers + API process of a fault test (system.child.ts), started with node and tsx's CommonJS
 * hook in ONE process, so SIGKILL reaches the process that holds the locks and connections.
 */
export class SystemProcess {
  private child: ChildProcess | undefined;
  starts = 0;
  kills = 0;

  constructor(
    readonly name: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  get port(): number {
    return Number(this.env.PORT);
  }

  /** The process id while it runs (a benchmark reads its memory from /proc). */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 180_000): Promise<void> {
    if (this.running) return;
    const log = fs.openSync(this.logFile, 'a');
    fs.writeSync(log, `\n---- start ${this.starts + 1} at ${new Date().toISOString()}\n`);
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', entry], { env: this.env, stdio: ['ignore', 'pipe', log] });
    fs.closeSync(log);
    this.child = child;
    this.starts += 1;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within ${timeoutMs / 1000} s (log: ${this.logFile})`)), timeoutMs);
      let buffered = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        fs.appendFileSync(this.logFile, chunk);
        if (buffered.includes('READY')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited during start-up (${code ?? signal}); log: ${this.logFile}`));
      });
    });
  }

  /** kill -9: no shutdown hook runs, tasks in hand are lost with their locks held. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.kills += 1;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
}
