import { Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { Lang } from "../../engine/text/format";
import { PLAN_STRINGS } from "../../i18n/ui-plan";
import type { PlanProfile } from "./plan-profile";

/**
 * Which profile's deadlines a view works with (Plan, Consolidate), and why
 * the workbook's stored one was set aside when it was.
 */
export function ProfileNote({
  profile,
  lang,
  className,
}: {
  profile: PlanProfile | null;
  lang: Lang;
  className?: string;
}) {
  const t = PLAN_STRINGS[lang];
  if (profile === null) return <Spinner size="tiny" />;
  return (
    <>
      <Caption1>
        {t.profileUsed(profile.profile.name[lang])} {profile.fromWorkbook && t.profileFromWorkbook}
      </Caption1>
      {profile.problems && (
        <MessageBar intent="warning" className={className}>
          <MessageBarBody>{t.badStoredProfile(profile.problems.join("; "))}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
