import { createTheme, type CSSVariablesResolver, type LoaderProps, type ModalProps, type TableScrollContainerProps } from '@mantine/core';

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
    // without a mouse or touch screen can scroll it too (WCAG 2.1.1). A plain object rather than
    // Table.ScrollContainer.extend (which returns its argument): that would put the table and its
    // scroll area (16 kB of gzip) on the login page (issue 18, weight).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } satisfies Partial<TableScrollContainerProps> },
    // A dialog's <header> sits in no sectioning element, so it counted as a second banner beside the
    // page's own (axe landmark-no-duplicate-banner); its title already names the dialog.
    Modal: { defaultProps: { attributes: { header: { role: 'none' } } } satisfies Partial<ModalProps> },
    // Pages name their spinners ("Bezig met laden…"); a name is only allowed on an element with a
    // role, and Mantine's spinner is a bare span (axe aria-prohibited-attr).
    Loader: { defaultProps: { role: 'status' } satisfies Partial<LoaderProps> },
  },
});

/**
 * Mantine's "dimmed" grey (descriptions, hints) and its error red (field errors) are below 4.5:1 on
 * white, and its green text on a light green alert (the invitation link) is 3.8:1; these meet WCAG AA.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#555c63', '--mantine-color-error': '#c92a2a', '--mantine-color-green-light-color': '#237032' },
  dark: {},
});
