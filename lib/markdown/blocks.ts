import { formatApa } from "../cite/apa";
import { formatHarvard } from "../cite/harvard";
import type { CitableWork } from "../cite/work";
import type { QuoteView } from "../content/quote-view";
import type { ChangeNote, Source } from "../content/schemas";
import { formatDate } from "../dates";
import type { Block, Inline } from "./mdast";
import { blockquote, link, list, paragraph, section } from "./mdast";

/** A source as the pages cite it: its title linked, then publisher and date. */
export function sourceCitation(source: Pick<Source, "title" | "url" | "publisher" | "date">) {
  const date = source.date ? `, ${formatDate(source.date)}` : "";
  return [link(source.url, source.title), ` (${source.publisher}${date})`];
}

/**
 * A quote as a Markdown block quote: its words exactly as the source has them, then on an
 * attribution line who said it (linked to their words in context), their role and the source.
 */
export function quoteBlock(quote: QuoteView): Block {
  const { speaker } = quote;
  return blockquote(
    paragraph(`“${quote.text.trim()}”`),
    paragraph(
      "— ",
      link(quote.inContext, speaker.name),
      `, ${speaker.role}, ${speaker.organisation}. Source: `,
      ...sourceCitation(quote.source),
      ". ",
      link(quote.permalink, "This quote’s page"),
      ".",
    ),
  );
}

/** The sources a page relies on, as its "Sources" section lists them. */
export const sourcesSection = (sources: readonly Source[], title = "Sources"): Block[] =>
  section(title, sources.length > 0 ? [list(sources.map((s) => sourceCitation(s)))] : []);

/** "Cite this": an introduction, then the work in Harvard and APA, as the pages give them. */
export function citeSection(work: CitableWork, intro: readonly Inline[]): Block[] {
  return section("Cite this", [
    paragraph(...intro),
    list([
      ["Harvard: ", formatHarvard(work)],
      ["APA: ", formatApa(work)],
    ]),
  ]);
}

/** A page's change notes, newest first, as "Last updated" lists them on the page. */
export function changesSection(changes: readonly ChangeNote[]): Block[] {
  const [latest] = changes;
  if (!latest) return [];
  return section(`Last updated ${formatDate(latest.date)}`, [
    list(changes.map((change) => [`${formatDate(change.date)}: ${change.note}`])),
  ]);
}
