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
import { useEffect, useMemo, useState } from "react";
import { BUILT_IN_PROFILES } from "../../engine/profile";
import type { Lang } from "../../engine/text/format";
import { LANGS } from "../../i18n/ui";
import type { WorkbookPort } from "../../workbook/port";
import type { ViewProps } from "../view-props";
import { failureText } from "../check/failure";
import { useUi } from "../language";
import { useLayoutStyles } from "../layout";
import { DayField } from "../DayField";
import { Section } from "../Section";
import { useSession } from "../session";
import { checkForm, type FormProblem, formOf, type ProfileForm } from "./settings-view";
import { profileOfMetadata } from "../../engine/profile/stored";

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

type Saved = "idle" | "saved" | { error: unknown };

function ProfileSettings({ port }: { port?: WorkbookPort }) {
  const styles = useStyles();
  const layout = useLayoutStyles();
  const { lang, t } = useUi();
  const session = useSession();
  const base = BUILT_IN_PROFILES[0];
  const [edited, setEdited] = useState(false);
  const [form, setForm] = useState<ProfileForm>(() => formOf(base));
  const [saved, setSaved] = useState<Saved>("idle");

  // The profile the workbook holds, when it holds one.
  useEffect(() => {
    if (!port) return;
    let live = true;
    void port.loadMetadata().then(
      (meta) => {
        if (!live || meta?.profile === undefined) return;
        const { profile, error } = profileOfMetadata(meta.profile, BUILT_IN_PROFILES);
        if (error) return;
        setEdited(true);
        setForm(formOf(profile, (meta.profile as { extends?: string }).extends ?? base.id));
      },
      (error: unknown) => live && setSaved({ error }),
    );
    return () => {
      live = false;
    };
  }, [port, base.id]);

  const checked = useMemo(() => (edited ? checkForm(form, BUILT_IN_PROFILES) : null), [edited, form]);
  const problems = checked && "problems" in checked ? checked.problems : [];
  const fieldProblem = (field: FormProblem["field"]) =>
    problems.some((p) => p.field === field) ? t.settingsNotANumber : undefined;

  const save = async () => {
    if (!port || (checked && "problems" in checked)) return;
    try {
      const meta = (await port.loadMetadata()) ?? { version: 1 as const };
      const next = { ...meta };
      if (checked) next.profile = checked.json;
      else delete next.profile;
      await port.saveMetadata(next);
      setSaved("saved");
      session.metadataChanged();
    } catch (error) {
      setSaved({ error });
    }
  };
  const change = (patch: Partial<ProfileForm>) => {
    setForm({ ...form, ...patch });
    setSaved("idle");
  };
  const text = (field: "watchPercent" | "atRiskPercent" | "paceFactor", label: string) => (
    <Field label={label} validationMessage={fieldProblem(field)}>
      <Input inputMode="decimal" value={form[field]} onChange={(_, data) => change({ [field]: data.value })} />
    </Field>
  );

  return (
    <Section id="profile-heading" heading={t.settingsProfileHeading}>
      <RadioGroup
        aria-labelledby="profile-heading"
        value={edited ? "edited" : "built-in"}
        onChange={(_, data) => {
          setEdited(data.value === "edited");
          setSaved("idle");
        }}
      >
        <Radio value="built-in" label={`${t.settingsBuiltIn}: ${base.name[lang]}`} />
        <Radio value="edited" label={t.settingsEdited} />
      </RadioGroup>
      {edited && (
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
      )}
      {problems.some((p) => p.field === "profile") && (
        <MessageBar intent="error" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{t.settingsProblems}</MessageBarTitle>
            <ul className={styles.problems}>
              {problems.map((p, i) => p.kind === "invalid" && <li key={i}>{p.detail}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!port && (
        <Body1 as="p" block>
          {t.settingsNeedWorkbook}
        </Body1>
      )}
      <div className={layout.buttonRow} aria-live="polite">
        <Button appearance="primary" disabled={!port || problems.length > 0} onClick={() => void save()}>
          {t.settingsSave}
        </Button>
        {saved === "saved" && <Body1>{t.settingsSaved}</Body1>}
      </div>
      {typeof saved === "object" && (
        <MessageBar intent="error">
          <MessageBarBody>{failureText(saved.error, lang)}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
