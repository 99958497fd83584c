import { Table, createTheme, type CSSVariablesResolver } from '@mantine/core';

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
  components: {
    // A wide table scrolls sideways on a phone; its scroll area takes keyboard focus, so people
    // without a mouse or touch screen can scroll it too (WCAG 2.1.1).
    TableScrollContainer: Table.ScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
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
