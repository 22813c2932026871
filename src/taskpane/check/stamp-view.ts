/** How the Check view shows the stamp's state, as a plain function: tested in mocha. */

import type { StampVerdict } from "../../engine/stamp/verdict";

/** A stamp the profile requires and lacks, or one the plan changed since, is an error; a valid one, success. */
export function stampIntent(verdict: StampVerdict): "success" | "error" | "info" {
  if (verdict.finding || verdict.state === "changed") return "error";
  return verdict.state === "valid" ? "success" : "info";
}
