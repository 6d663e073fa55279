/**
 * text-readability ships as ESM without types. Only what the project calls is declared: its
 * default export is one shared instance whose methods use `this`, so call them on it.
 */
declare module "text-readability" {
  interface Readability {
    /** Flesch-Kincaid grade level, rounded to one decimal place. */
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
