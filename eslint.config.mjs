import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "out/**",
      ".generated/**",
      "test-results/**",
      "playwright-report/**",
      "reports/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next/link",
              message:
                "Use Link from @/components/ui/link.client: it prefetches on intent, not on sight.",
            },
          ],
        },
      ],
    },
  },
  {
    // The wrapper itself, and the one pager, where the next page is what a reader opens next.
    files: [
      "components/ui/link.client.tsx",
      "components/ui/pager.tsx",
      "components/quotes/quote-neighbours.tsx",
    ],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
