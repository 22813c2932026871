import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

const HEX_COLOR = /^#?[0-9a-f]{6}$/i;

function hex(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

/** Relative luminance (0 black .. 1 white) of a "#rrggbb" colour. */
function luminance(color: string): number {
  const n = parseInt(hex(color).slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * The Fluent theme for the pane: Office's own colours when running inside
 * Office (light or dark base chosen to match), the web light theme otherwise.
 */
export function themeFor(officeTheme: Office.OfficeTheme | null): Theme {
  if (!officeTheme || !HEX_COLOR.test(officeTheme.bodyBackgroundColor ?? "")) return webLightTheme;
  const dark = officeTheme.isDarkTheme ?? luminance(officeTheme.bodyBackgroundColor) < 0.5;
  const base = dark ? webDarkTheme : webLightTheme;
  const theme: Theme = { ...base, colorNeutralBackground1: hex(officeTheme.bodyBackgroundColor) };
  if (HEX_COLOR.test(officeTheme.bodyForegroundColor ?? "")) {
    theme.colorNeutralForeground1 = hex(officeTheme.bodyForegroundColor);
  }
  return theme;
}
