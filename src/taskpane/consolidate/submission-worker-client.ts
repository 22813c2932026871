/**
 * The pane's side of submission.worker: one Web Worker, reused from file to
 * file (starting one per file would cost its start-up every time), given a
 * deadline per file; a worker that overran or died is dropped and the next
 * file gets a new one. Where there are no workers (Node, in tests) the
 * caller reads in its own thread.
 */

import type { Submission } from "../../engine/consolidate/types";
import type { SubmissionOptions } from "../../workbook/file/read-submission";

export interface SubmissionRequest {
  bytes: Uint8Array;
  name: string;
  modified: string | null;
  settings: SubmissionOptions;
}

export type SubmissionReply = { sub: Submission; error?: undefined } | { error: string; sub?: undefined };

/** Time one file may take in the worker (see README, "Limits"). */
export const WORKER_DEADLINE_MS = 60_000;

let worker: Worker | null = null;

export class WorkerFailure extends Error {
  constructor(readonly why: "time" | "crash") {
    super(why);
  }
}

/** Whether files can be read in a worker here. */
export const workersAvailable = (): boolean => typeof Worker !== "undefined";

/** The submission read in the worker; rejects with a WorkerFailure when it overran or died, or with the reader's error. */
export function readInWorker(request: SubmissionRequest, deadlineMs = WORKER_DEADLINE_MS): Promise<Submission> {
  const w = (worker ??= new Worker(new URL("./submission.worker.ts", import.meta.url)));
  return new Promise((resolve, reject) => {
    const drop = (why: "time" | "crash"): void => {
      clearTimeout(timer);
      w.terminate();
      if (worker === w) worker = null;
      reject(new WorkerFailure(why));
    };
    const timer = setTimeout(() => drop("time"), deadlineMs);
    w.onerror = (e) => {
      e.preventDefault();
      drop("crash");
    };
    w.onmessage = (e: MessageEvent<SubmissionReply>) => {
      clearTimeout(timer);
      if (e.data.sub) resolve(e.data.sub);
      else reject(new Error(e.data.error));
    };
    w.postMessage(request);
  });
}
