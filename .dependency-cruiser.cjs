/**
 * The layers of the code, checked by `npm run lint:deps` (part of `npm run lint`):
 * content (lib/content: read, validate, the content API) at the bottom; the site model
 * (lib/site-model) above it; pages (app/) and components above that. Nothing in lib/ may import
 * in a circle, lib/content imports nothing above it, and components/ui knows nothing of the
 * report's content.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular-in-lib",
      severity: "error",
      comment: "An import circle in lib/ makes each module's meaning depend on load order.",
      from: { path: "^lib/" },
      to: { circular: true, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular-types-in-lib",
      severity: "error",
      comment: "Even through types, lib/ has no circle: each layer names only the ones below it.",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "content-is-the-bottom-layer",
      severity: "error",
      comment: "lib/content validates content; it must not know the model, search or browsers.",
      from: { path: "^lib/content/" },
      to: {
        path: "^(lib/(site-model|search|browse|data|seo|cite|changes|export)|components|app)/",
      },
    },
    {
      name: "lib-does-not-import-components-or-app",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(components|app)/" },
    },
    {
      name: "ui-knows-nothing-of-the-report",
      severity: "error",
      comment: "components/ui are generic primitives: no content, model or element knowledge.",
      from: { path: "^components/ui/" },
      to: { path: "^(lib/(content|site-model|browse|search|data|cite)|components/(?!ui/))" },
    },
    {
      name: "components-do-not-fetch-content",
      severity: "error",
      comment: "Components render the props they are given; pages get them from the site model.",
      from: { path: "^components/" },
      to: { path: "^lib/(content/api|site-model/api)\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(node_modules|\\.next|out|\\.generated)/" },
  },
};
