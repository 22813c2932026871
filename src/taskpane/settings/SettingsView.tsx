import { AuditLog } from "./AuditLog";
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../engine/text/format";
import { LANGS } from "../../i18n/ui";
import type { WorkbookPort } from "../../workbook/port";
import type { ViewProps } from "../view-props";
import { FailureBar } from "../check/FailureBar";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { DayField } from "../DayField";
import { Section } from "../Section";
import { useSession } from "../session";
import type { FormProblem } from "./settings-view";
import { type NumberField, useProfileSettings } from "./useProfileSettings";

const useStyles = makeStyles({
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
});

/** Settings: the milestone profile (saved in the workbook), the day checks are made at, the language. */
export function SettingsView({ lang, port }: ViewProps) {
  const layout = useLayoutStyles();
  const { t } = useUi();
  const session = useSession();
  return (
    <div className={layout.stackXL}>
      <ProfileSettings port={port} />
      <Section id="as-of-heading" heading={t.settingsDateHeading}>
        <DayField label={t.asOfLabel} hint={t.asOfHint} value={session.asOf} onChange={session.setAsOf} />
      </Section>
      <Section id="language-heading" heading={t.settingsLanguageHeading}>
        <RadioGroup
          aria-labelledby="language-heading"
          value={lang}
          onChange={(_, data) => session.setLang(LANGS.find((l) => l === data.value) ?? lang)}
        >
          {LANGS.map((l: Lang) => (
            <Radio key={l} value={l} label={<span lang={l}>{t.languageNames[l]}</span>} />
          ))}
        </RadioGroup>
      </Section>
      <AuditLog port={port} />
    </div>
  );
}

type Settings = ReturnType<typeof useProfileSettings>;

function ProfileSettings({ port }: { port?: WorkbookPort }) {
  const layout = useLayoutStyles();
  const { lang, t } = useUi();
  const settings = useProfileSettings(port);
  const { base, edited, saved, problems } = settings;
  return (
    <Section id="profile-heading" heading={t.settingsProfileHeading}>
      <RadioGroup
        aria-labelledby="profile-heading"
        value={edited ? "edited" : "built-in"}
        onChange={(_, data) => settings.choose(data.value === "edited" ? "edited" : "built-in")}
      >
        <Radio value="built-in" label={`${t.settingsBuiltIn}: ${base.name[lang]}`} />
        <Radio value="edited" label={t.settingsEdited} />
      </RadioGroup>
      {edited && <ProfileFields settings={settings} />}
      {problems.some((p) => p.field === "profile") && <ProfileProblems problems={problems} />}
      {!port && (
        <Body1 as="p" block>
          {t.settingsNeedWorkbook}
        </Body1>
      )}
      <div className={layout.buttonRow} aria-live="polite">
        <Button appearance="primary" disabled={!port || problems.length > 0} onClick={() => void settings.save()}>
          {t.settingsSave}
        </Button>
        {saved === "saved" && <Body1>{t.settingsSaved}</Body1>}
      </div>
      {typeof saved === "object" && <FailureBar error={saved.error} />}
    </Section>
  );
}

/** The edited profile's deadlines, one per source and the allocation's, and its thresholds. */
function ProfileFields({ settings }: { settings: Settings }) {
  const { lang, t } = useUi();
  const { base, form, change } = settings;
  const text = (field: NumberField, label: string) => (
    <Field label={label} validationMessage={settings.hasProblem(field) ? t.settingsNotANumber : undefined}>
      <Input inputMode="decimal" value={form[field]} onChange={(_, data) => change({ [field]: data.value })} />
    </Field>
  );
  return (
    <>
      {base.sources.map((s) => (
        <DayField
          key={s.id}
          label={t.settingsDeadline(s.label[lang])}
          value={form.deadlines[s.id] ?? ""}
          onChange={(day) => change({ deadlines: { ...form.deadlines, [s.id]: day } })}
        />
      ))}
      <DayField
        label={t.settingsAllocationDeadline}
        value={form.allocationDeadline}
        onChange={(day) => change({ allocationDeadline: day })}
      />
      {text("watchPercent", t.settingsWatch)}
      {text("atRiskPercent", t.settingsAtRisk)}
      {text("paceFactor", t.settingsPace)}
    </>
  );
}

/** What the profile check refuses in the edited profile. */
function ProfileProblems({ problems }: { problems: FormProblem[] }) {
  const styles = useStyles();
  const { t } = useUi();
  return (
    <MessageBar intent="error" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{t.settingsProblems}</MessageBarTitle>
        <ul className={styles.problems}>
          {problems.map((p, i) => p.kind === "invalid" && <li key={i}>{p.detail}</li>)}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
