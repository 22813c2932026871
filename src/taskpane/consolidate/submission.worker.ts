/**
 * The Consolidate view's worker: reads one submitted workbook at a time off
 * the pane's thread (submission-worker-client), so a file that takes too
 * long or dies reading is that file's rejection and the pane stays alive.
 */

import { readSubmissionFile } from "../../workbook/file/read-submission";
import type { SubmissionRequest, SubmissionReply } from "./submission-worker-client";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SubmissionRequest>) => void) | null;
  postMessage: (reply: SubmissionReply) => void;
};

scope.onmessage = (e) => {
  const { bytes, name, modified, settings } = e.data;
  readSubmissionFile(bytes, name, modified, settings).then(
    (sub) => scope.postMessage({ sub }),
    (error: unknown) => scope.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
