/**
 * How a command declares its options (node's parseArgs declarations) and
 * the arguments its run gets, typed from that one declaration.
 */

/** The options most commands take; each command adds its own. */
export const SHARED_OPTIONS = {
  profile: { type: "string" },
  "as-of": { type: "string" },
  out: { type: "string" },
} as const;

/** A command's arguments as parseArgs gives them: its files, and the values of the `options` it declares. */
export interface CommandArgs<O extends Record<string, { type: "string" | "boolean" }>> {
  files: string[];
  values: { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };
}
