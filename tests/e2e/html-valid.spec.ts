import { HtmlValidate } from "html-validate";
// Tests that only read pages share one tab per worker (readerTest in fixtures.ts).
import { expect, readerTest as test } from "./fixtures";
import { sitePages } from "./site";

const validator = new HtmlValidate({
  extends: ["html-validate:standard"],
  rules: {
    // Next writes its own inline scripts and style attributes; these rules judge authoring style,
    // not validity.
    "no-inline-style": "off",
    "require-sri": "off",
    "no-trailing-whitespace": "off",
    "attribute-boolean-style": "off",
  },
});

test("every page is valid HTML", { tag: "@any-viewport" }, async ({ request }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  for (const { path } of [...sitePages, { path: "/no-such-page" }]) {
    const html = await (await request.get(path)).text();
    const report = await validator.validateString(html, path);
    for (const result of report.results) {
      for (const m of result.messages) {
        failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  expect(failures.slice(0, 40).join("\n"), `${failures.length} problems`).toBe("");
});
