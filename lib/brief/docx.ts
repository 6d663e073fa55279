/**
 * The brief as a Word document (.docx), made in the browser with the `docx` package. Only the
 * /brief page imports this, and only when the reader asks for the file (`await import()`), so
 * the library is in no page's first load (`npm run size` checks it).
 */
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import { type BriefDocument, sourceText } from "./document";

const link = (url: string): ParagraphChild =>
  new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: "Hyperlink" })] });

const lines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== "");

/** The same headings, words, citations and links as the page and the Markdown file. */
export function briefDocx(doc: BriefDocument): Document {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun(`${doc.made}: `), link(doc.siteUrl)] }),
    ...lines(doc.note).map((line) => new Paragraph({ children: [new TextRun(line)] })),
  ];
  doc.entries.forEach((entry, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${index + 1}. ${entry.heading}`)],
      }),
    );
    for (const block of entry.blocks) {
      if (block.type === "quote") {
        children.push(
          new Paragraph({
            style: "Quote",
            children: [new TextRun(`“${block.text.replace(/\s+/g, " ").trim()}”`)],
          }),
          new Paragraph({ children: [new TextRun(block.attribution)] }),
        );
      } else if (block.type === "labelled") {
        children.push(
          new Paragraph({ children: [new TextRun({ text: `${block.label}:`, bold: true })] }),
          new Paragraph({
            style: "Quote",
            children: [new TextRun(block.text.replace(/\s+/g, " ").trim())],
          }),
        );
      } else {
        children.push(
          ...lines(block.text).map((line) => new Paragraph({ children: [new TextRun(line)] })),
        );
      }
    }
    children.push(
      new Paragraph({
        children: [new TextRun({ text: "Cite as: ", bold: true }), new TextRun(entry.citation)],
      }),
      new Paragraph({ children: [new TextRun({ text: "Link: ", bold: true }), link(entry.url)] }),
    );
  });
  if (doc.sources.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("Sources")] }),
      ...doc.sources.map(
        (s) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun(`${sourceText(s)} Available at: `), link(s.url)],
          }),
      ),
    );
  }
  return new Document({
    title: doc.title,
    creator: doc.siteName,
    styles: {
      paragraphStyles: [
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { indent: { left: 720 }, spacing: { before: 120, after: 120 } },
          run: { italics: false, size: 26 },
        },
      ],
    },
    sections: [{ children }],
  });
}

/** The Word file as a Blob, ready to download. */
export const briefDocxBlob = (doc: BriefDocument): Promise<Blob> => Packer.toBlob(briefDocx(doc));
