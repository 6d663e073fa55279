/**
 * flexsearch's compact build (Document index, export and import; no workers or persistence),
 * which the browser loads instead of the full bundle. flexsearch's `exports` map does not list
 * it, so next.config.ts (read by vitest.config.mts too) points this name at the file.
 */
declare module "flexsearch-compact" {
  export { Charset, Document } from "flexsearch";
}
