// Vite's `?raw` imports: a file's text, as a string (the theme style sheets in .storybook/themes.ts).
declare module '*.css?raw' {
  const text: string;
  export default text;
}
