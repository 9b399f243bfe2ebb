/**
 * `stripe.elements({appearance})` → the CSS custom properties our frame styles read. Only the
 * documented variables the harness supports are taken; the rest of an appearance is ignored, as
 * it would not change what a driver sees.
 */

export type ThemeName = 'stripe' | 'night' | 'flat';

/** The variables every theme defines; names are Stripe's appearance variable names. */
export interface ThemeVariables {
  colorPrimary: string;
  colorBackground: string;
  colorText: string;
  colorTextSecondary: string;
  colorDanger: string;
  colorBorder: string;
  colorInputBackground: string;
  fontFamily: string;
  fontSizeBase: string;
  borderRadius: string;
  spacingUnit: string;
}

const systemFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const themes: Record<ThemeName, ThemeVariables> = {
  stripe: {
    colorPrimary: '#0570de',
    colorBackground: '#ffffff',
    colorText: '#30313d',
    colorTextSecondary: '#6d6e78',
    colorDanger: '#df1b41',
    colorBorder: '#e6e6e6',
    colorInputBackground: '#ffffff',
    fontFamily: systemFont,
    fontSizeBase: '16px',
    borderRadius: '5px',
    spacingUnit: '4px',
  },
  night: {
    colorPrimary: '#85a4ff',
    colorBackground: '#30313d',
    colorText: '#ffffff',
    colorTextSecondary: '#b9bac6',
    colorDanger: '#fe87a1',
    colorBorder: '#424353',
    colorInputBackground: '#30313d',
    fontFamily: systemFont,
    fontSizeBase: '16px',
    borderRadius: '5px',
    spacingUnit: '4px',
  },
  flat: {
    colorPrimary: '#0570de',
    colorBackground: '#ffffff',
    colorText: '#30313d',
    colorTextSecondary: '#6d6e78',
    colorDanger: '#df1b41',
    colorBorder: '#f1f1f1',
    colorInputBackground: '#f1f1f1',
    fontFamily: systemFont,
    fontSizeBase: '16px',
    borderRadius: '6px',
    spacingUnit: '4px',
  },
};

const overridable = ['colorPrimary', 'colorBackground', 'colorText', 'colorDanger', 'fontFamily', 'borderRadius', 'spacingUnit', 'fontSizeBase'] as const;

/** A merchant's value goes into a style attribute: characters that could end the declaration are refused. */
const safeCssValue = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 200 && !/[;{}<>\\]/.test(v) ? v.trim() : undefined);

/**
 * The theme variables for an appearance: the named theme (default `stripe`) with the merchant's
 * variables on top. A merchant background also becomes the input background, as in Stripe's
 * themes, unless the theme is `flat` (whose inputs are shaded).
 *
 * @example
 * themeVariables({ theme: 'night', variables: { colorPrimary: '#ff0000' } }).colorPrimary // '#ff0000'
 */
export function themeVariables(appearance: Record<string, unknown> | undefined): ThemeVariables & { theme: ThemeName } {
  const name: ThemeName = appearance?.theme === 'night' || appearance?.theme === 'flat' ? appearance.theme : 'stripe';
  const vars: ThemeVariables = { ...themes[name] };
  const given = (appearance?.variables ?? {}) as Record<string, unknown>;
  for (const key of overridable) {
    const value = safeCssValue(given[key]);
    if (value) vars[key] = value;
  }
  const background = safeCssValue(given.colorBackground);
  if (background && name !== 'flat') vars.colorInputBackground = background;
  return { ...vars, theme: name };
}

/** The variables as `--name: value` pairs for `style.setProperty`. */
export function cssCustomProperties(vars: ThemeVariables): [string, string][] {
  return Object.entries(vars).map(([k, v]) => [`--${k}`, String(v)]);
}
