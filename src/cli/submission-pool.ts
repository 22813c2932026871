/**
 * Consolidation reads each submission in a worker with a memory limit and a
 * deadline, so one file that exhausts either becomes that file's rejection
 * with its reason, never the run's end. The workers are a small pool reused
 * from file to file (a worker started per file would cost its start-up every
 * time); a worker that died or overran is replaced.
 *
 * The workers are child processes, not worker threads: V8 ends the whole
 * process on some exhaustion (an array grown past its maximum size is a
 * fatal error, not an exception), which a thread's resourceLimits cannot
 * contain; a process can. Its heap is limited with --max-old-space-size.
 */

import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { type ChildProcess, fork } from "node:child_process";
import { rejectedSubmission } from "../engine/consolidate/submission";
import { CLI_TEXT } from "../i18n/cli";
import type { SubmissionResult, SubmissionTask } from "./submission-task";

export interface PoolLimits {
  /** V8 heap a worker may use (old generation), in MiB. */
  heapMb: number;
  /** Time one file may take, in milliseconds. */
  deadlineMs: number;
  /** Workers at most (fewer when there are fewer files or cores). */
  workers: number;
}

/** See README, "Limits". */
export const DEFAULT_POOL_LIMITS: PoolLimits = { heapMb: 512, deadlineMs: 60_000, workers: 4 };

/**
 * The worker's script: the built JS next to this module, or under tsx (tests, `npx tsx`) the TypeScript
 * source, loaded through tsx's require hook.
 */
function workerScript(): { file: string; execArgv: string[] } {
  if (__filename.endsWith(".ts")) {
    return { file: join(__dirname, "submission-worker.ts"), execArgv: ["--require", require.resolve("tsx/cjs")] };
  }
  return { file: join(__dirname, "submission-worker.js"), execArgv: [] };
}

interface Slot {
  worker: ChildProcess;
  /** The end of what the worker wrote on stderr: V8 says there why it died. */
  stderr: string;
  busy: { task: SubmissionTask; resolve: (r: SubmissionResult) => void; timer: NodeJS.Timeout } | null;
}

export class SubmissionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { task: SubmissionTask; resolve: (r: SubmissionResult) => void }[] = [];
  private readonly size: number;

  constructor(
    files: number,
    private readonly limits: PoolLimits = DEFAULT_POOL_LIMITS,
  ) {
    this.size = Math.max(1, Math.min(files, limits.workers, availableParallelism()));
  }

  /** The submission in `task.file`, read in a worker; a worker that fails gives that file's rejection. */
  read(task: SubmissionTask): Promise<SubmissionResult> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Ends the workers; pending reads are not awaited. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) s.worker.kill();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const { task, resolve } = this.queue.shift()!;
      const timer = setTimeout(() => this.fail(slot, "time"), this.limits.deadlineMs);
      slot.busy = { task, resolve, timer };
      slot.worker.send(task);
    }
  }

  private spawn(): Slot {
    const { file, execArgv } = workerScript();
    const worker = fork(file, [], {
      execArgv: [...execArgv, `--max-old-space-size=${this.limits.heapMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const slot: Slot = { worker, stderr: "", busy: null };
    worker.stderr?.setEncoding("utf8");
    worker.stderr?.on("data", (s: string) => (slot.stderr = (slot.stderr + s).slice(-4096)));
    worker.on("message", (result: SubmissionResult) => {
      if (!slot.busy) return;
      clearTimeout(slot.busy.timer);
      const { resolve } = slot.busy;
      slot.busy = null;
      resolve(result);
      this.dispatch();
    });
    worker.on("error", (e) => this.fail(slot, "crash", e.message));
    // Its stderr is read to the end before it is classified.
    worker.on("close", (code, signal) =>
      this.fail(
        slot,
        /out of memory|invalid size|allocation failed/i.test(slot.stderr) ? "memory" : "crash",
        `${signal ?? code}`,
      ),
    );
    this.slots.push(slot);
    return slot;
  }

  /** The slot's file is rejected for `why`; its worker is ended and another takes its place when needed. */
  private fail(slot: Slot, why: "memory" | "time" | "crash", detail = ""): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    slot.worker.kill();
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      const { task, resolve } = slot.busy;
      slot.busy = null;
      const t = CLI_TEXT[task.options.lang];
      const reason =
        why === "memory"
          ? t.fileOutOfMemory(this.limits.heapMb)
          : why === "time"
            ? t.fileTooSlow(Math.round(this.limits.deadlineMs / 1000))
            : `${t.internal} (${detail})`;
      resolve({ sub: rejectedSubmission(basename(task.file), reason, null), notes: [] });
    }
    this.dispatch();
  }
}
