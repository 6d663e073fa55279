import { routes } from "./routes";
import type { Element, Quote, Source, Speaker } from "./schemas";

/** "Professor Alexis Jay OBE": honorific, name and post-nominals as the person is known. */
export function speakerName(speaker: Pick<Speaker, "honorific" | "name" | "postNominals">): string {
  return [speaker.honorific, speaker.name, speaker.postNominals].filter(Boolean).join(" ");
}

/**
 * One quote with everything it refers to resolved: the one shape that server-rendered lists,
 * client-side filters, the search index and the data files all take. Plain data only, so it
 * can be passed to client components as props.
 */
export interface QuoteView {
  id: string;
  /** Word for word as in the source. */
  text: string;
  /** 1-based order within its source. */
  position: number;
  tags: string[];
  speaker: {
    slug: string;
    /** With honorific and post-nominals, as the person is known. */
    name: string;
    /** The plain name, for sentences ("About Claire Burns"). */
    shortName: string;
    role: string;
    organisation: string;
  };
  source: Pick<Source, "slug" | "title" | "publisher" | "url" | "kind"> & { date?: string };
  /** With each element's icon and colour, so a list can draw its tags. */
  elements: Pick<Element, "slug" | "number" | "title" | "icon" | "colour">[];
  /** The quote's own page. */
  permalink: string;
  /** The quote among its speaker's other words. */
  inContext: string;
  /**
   * Its place in its speaker's statement (the speaker's quotes from the same source, in order),
   * and the sentence before it, so a list that leaves that sentence out can say what it follows.
   */
  statement: QuoteStatement;
}

export interface QuoteStatement {
  /** 1-based. */
  index: number;
  count: number;
  previous?: { id: string; text: string; permalink: string };
}

export function toQuoteView(
  quote: Quote,
  speaker: Speaker,
  source: Source,
  elements: readonly QuoteView["elements"][number][],
  statement: QuoteStatement,
): QuoteView {
  return {
    id: quote.id,
    text: quote.text,
    position: quote.position,
    tags: [...quote.tags],
    speaker: {
      slug: speaker.slug,
      name: speakerName(speaker),
      shortName: speaker.name,
      role: speaker.role,
      organisation: speaker.organisation,
    },
    source: {
      slug: source.slug,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      kind: source.kind,
      ...(source.date ? { date: source.date } : {}),
    },
    elements: elements.map(({ slug, number, title, icon, colour }) => ({
      slug,
      number,
      title,
      icon,
      colour,
    })),
    permalink: routes.quote(quote.id),
    inContext: routes.quoteInContext(speaker.slug, quote.id),
    statement,
  };
}
