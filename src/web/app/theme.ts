import { createTheme } from '@mantine/core';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Tahoma, Arial, sans-serif';

// Required fields are marked with aria-required only, and optional ones say so in their description:
// a "*" inside the <label> would become part of the field's name for assistive technology and tests.
const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts },
  defaultRadius: 'sm',
  components: {
    // plain objects, not TextInput.extend(…): importing a component here would put it in the first download
    TextInput: noAsterisk,
    PasswordInput: noAsterisk,
    Textarea: noAsterisk,
    // Mantine keeps closed dropdowns in the DOM, and their listbox shares the field's label
    Select: { defaultProps: { withAsterisk: false, comboboxProps: { keepMounted: false } } },
  },
});
