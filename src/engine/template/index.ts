/**
 * Plan templates: an allocation list made into a ready, protected,
 * printable disbursement plan (plan-template.ts), with the milestone profile
 * it is checked against carried inside the workbook.
 */

import type { AddinMetadata } from "../metadata";
import type { Profile } from "../profile";
import type { Granularity } from "../report-types";

export { AllocationError, allocationFromGrids } from "./allocation";
export type { AllocationItem, AllocationList, SourceAllocation } from "./allocation";
export { planTemplate } from "./plan-template";
export { allocationFromTyped, depthLimits } from "./typed";
export type { TypedAllocation, TypedField, TypedLine, TypedOptions, TypedProblem, TypedProblemKind } from "./typed";
export type { PlanTemplate, TemplateLine, TemplateOptions } from "./plan-template";

/** What a generated workbook carries: its profile (as a profile file holds it) and how it was laid out. */
export function templateMetadata(profile: Profile, granularity: Granularity): AddinMetadata {
  return { version: 1, profile: JSON.parse(JSON.stringify(profile)) as unknown, template: { granularity } };
}
