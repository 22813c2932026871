/** The child process of submission-pool: reads the submissions it is handed, one at a time. */

import { type SubmissionTask, readSubmissionTask } from "./submission-task";

process.on("message", (task: SubmissionTask) => {
  void readSubmissionTask(task).then((result) => process.send?.(result));
});
// The pool ends this process; losing the pool (its parent killed) ends it too.
process.on("disconnect", () => process.exit(0));
