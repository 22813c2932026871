/** SHA-256 for the commitment stamp, from Node's crypto (the engine takes the digest as a function and does no I/O). */

import { createHash } from "node:crypto";
import type { Digest } from "../engine/stamp/canonical";

export const sha256: Digest = async (bytes) => createHash("sha256").update(bytes).digest();
