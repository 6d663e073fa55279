import { type BriefDocument, sourceText } from "./document";

/**
 * Escapes what Markdown would read as formatting, so that the words come out as written
 * (a parser gives back exactly the text: tests/unit/brief-markdown.test.ts).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])(?=\s|$)/gm, "$1\\$2")
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, "$1$2\\$3");
}

/** A paragraph's lines, each kept on its own line (two spaces break a line in Markdown). */
const paragraph = (text: string) =>
  escapeMarkdown(text)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join("  \n");

const link = (url: string) => `<${url}>`;
/** Quoted words on one line: only their whitespace may differ from the source. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The brief as Markdown: the same headings, words, citations and links as the page. */
export function briefMarkdown(doc: BriefDocument): string {
  const out: string[] = [
    `# ${escapeMarkdown(doc.title)}`,
    `${escapeMarkdown(doc.made)}: ${link(doc.siteUrl)}`,
  ];
  if (doc.note) out.push(paragraph(doc.note));
  doc.entries.forEach((entry, index) => {
    out.push(`## ${index + 1}. ${escapeMarkdown(entry.heading)}`);
    for (const block of entry.blocks) {
      if (block.type === "quote") {
        out.push(
          `> “${escapeMarkdown(oneLine(block.text))}”\n>\n> ${escapeMarkdown(block.attribution)}`,
        );
      } else if (block.type === "labelled") {
        out.push(`${escapeMarkdown(block.label)}:`, `> ${escapeMarkdown(oneLine(block.text))}`);
      } else {
        out.push(paragraph(block.text));
      }
    }
    out.push(`Cite as: ${escapeMarkdown(entry.citation)}`, `Link: ${link(entry.url)}`);
  });
  if (doc.sources.length > 0) {
    out.push("## Sources");
    out.push(
      doc.sources
        .map((s) => `- ${escapeMarkdown(sourceText(s))} Available at: ${link(s.url)}`)
        .join("\n"),
    );
  }
  return `${out.join("\n\n")}\n`;
}

/** A file name from the brief's title: "my-brief.md". */
export function briefFileName(title: string, extension: "md" | "docx"): string {
  const base = title
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "brief"}.${extension}`;
}
