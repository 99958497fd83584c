import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 8 of Mantine's blue reaches 4.5:1 against white, which WCAG AA asks for text on buttons
 * and links; the default shade 6 does not.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/**
 * Mantine's "dimmed" grey (descriptions, hints) and its error red (field errors) are below 4.5:1 on
 * white; these meet WCAG AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555c63', '--mantine-color-error': '#c92a2a' },
  dark: {},
});
