import { describe, expect, it } from "vitest";
import { fileHeaders } from "@/lib/data/file-headers";
import { cacheHeaders, hostHeadersFile, previewImagePatterns } from "@/lib/export/host-headers";
import { securityHeaders } from "@/lib/security-headers";

describe("the export's _headers file", () => {
  const file = hostHeadersFile(securityHeaders());

  it("sends every security header on every path", () => {
    const [all = ""] = file.split("\n\n");
    const lines = all.split("\n");
    expect(lines[0]).toBe("/*");
    expect(lines.slice(1)).toEqual(securityHeaders().map(({ key, value }) => `  ${key}: ${value}`));
  });

  it("serves the extensionless preview images as PNG", () => {
    for (const pattern of previewImagePatterns) {
      expect(file).toContain(`${pattern}\n  Content-Type: image/png`);
    }
  });

  it("gives the files to download their type, since hosts know neither BibTeX nor RIS", () => {
    for (const { path, headers } of Object.values(fileHeaders)) {
      const lines = Object.entries(headers).map(([key, value]) => `  ${key}: ${value}`);
      expect(file).toContain([path, ...lines].join("\n"));
    }
    expect(file).toContain("/data/quotes.csv\n  Content-Type: text/csv; charset=utf-8");
    expect(file).toContain("/report.bib\n  Content-Type: application/x-bibtex; charset=utf-8");
  });

  it("lets browsers and CDNs keep hashed assets for a year", () => {
    expect(file).toContain(
      `${cacheHeaders.hashedAssets.pattern}\n  Cache-Control: public, max-age=31536000, immutable`,
    );
  });
});
