import { RELEASE_WORDING_LABEL, releaseOf } from "@/lib/content/attribution";
import type { ContentApi } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";
import type { Source } from "@/lib/content/schemas";
import { formatDate } from "@/lib/dates";
import type { SiteModel } from "@/lib/site-model/model";
import { absoluteUrl } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import type { EmbedFrame } from "./frame";
import { escapeHtml } from "./iframe";

/**
 * The embed cards: a quote or a key element as a small page of its own, for other sites to frame
 * (/embed/quotes/<id>, /embed/elements/<slug>). Each is one self-contained HTML document, written
 * at build time by a route handler: its own styles, no script, no header, footer or search, and
 * a link back to the full page. Words are shown as the site shows them: quotes word for word with
 * their speaker, an element's wording as the news release's words.
 */

type CardSource = Pick<Source, "title" | "publisher" | "url"> & { date?: string };

export interface QuoteCard {
  kind: "quote";
  /** The full page the card links back to. */
  path: string;
  /** The card's address, title and size, as the site model gives them. */
  frame: EmbedFrame;
  text: string;
  speaker: { name: string; role: string; organisation: string; path: string };
  source: CardSource;
}

export interface ElementCard {
  kind: "element";
  path: string;
  frame: EmbedFrame;
  title: string;
  number: number;
  count: number;
  summary: string;
  /** The news release's wording of the element, shown as the release's words. */
  releaseWording: string;
  source?: CardSource;
}

export type EmbedCard = QuoteCard | ElementCard;

const sourceOf = (s: CardSource): CardSource => ({
  title: s.title,
  publisher: s.publisher,
  url: s.url,
  ...(s.date ? { date: s.date } : {}),
});

/** A quote's card, or undefined when the site has no such quote. */
export function quoteCard(api: ContentApi, model: SiteModel, id: string): QuoteCard | undefined {
  const quote = api.getQuoteView(id);
  const page = model.page(routes.quote(id));
  if (!quote || !page?.embed) return undefined;
  return {
    kind: "quote",
    path: page.path,
    frame: page.embed,
    text: quote.text.trim(),
    speaker: {
      name: quote.speaker.name,
      role: quote.speaker.role,
      organisation: quote.speaker.organisation,
      path: routes.speaker(quote.speaker.slug),
    },
    source: sourceOf(quote.source),
  };
}

/** A key element's card, or undefined when the site has no such element. */
export function elementCard(
  api: ContentApi,
  model: SiteModel,
  slug: string,
): ElementCard | undefined {
  const element = api.getElement(slug);
  const page = model.page(routes.element(slug));
  if (!element || !page?.embed) return undefined;
  const release = releaseOf(api.getSources(element.sources));
  return {
    kind: "element",
    path: page.path,
    frame: page.embed,
    title: element.title,
    number: element.number,
    count: api.getElements().length,
    summary: element.summary,
    releaseWording: element.reportWording.trim(),
    ...(release ? { source: sourceOf(release) } : {}),
  };
}

const sourceLine = (source: CardSource) =>
  `Source: <a href="${escapeHtml(source.url)}" target="_blank" rel="noopener"><cite>${escapeHtml(source.title)}</cite></a> (${escapeHtml(source.publisher)}${source.date ? `, ${escapeHtml(formatDate(source.date))}` : ""})`;

/** Opens outside the frame, in a new tab, and says so. */
const backLink = (path: string, label: string) =>
  `<a class="back" href="${escapeHtml(path)}" target="_blank" rel="noopener">${escapeHtml(label)}<span class="visually-hidden"> (opens in a new tab)</span></a>`;

/**
 * The card's colours are the site's own tokens (app/globals.css), which meet WCAG 2.2 AA in both
 * themes; the card follows the reader's system theme, since it has no theme control.
 */
const STYLES = `
:root{--canvas:#fff;--surface:#f3f6f9;--ink:#15202b;--ink-muted:#46525f;--line:#c9d2dc;--accent:#0a5a8a;--focus:#b35900;--quote-rule:#0a7a6b;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--canvas:#0e141b;--surface:#17202a;--ink:#e9eef3;--ink-muted:#b1bcc8;--line:#3a4a5c;--accent:#8fcaf3;--focus:#ffb45c;--quote-rule:#5fd0bd}}
*{box-sizing:border-box}
html,body{margin:0;background:var(--canvas);color:var(--ink)}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:break-word}
main{padding:12px}
.card{border:1px solid var(--line);border-left:4px solid var(--quote-rule);border-radius:8px;background:var(--surface);padding:16px 18px}
.eyebrow{margin:0 0 6px;font-size:.8125rem;font-weight:600;letter-spacing:.03em;text-transform:uppercase;color:var(--ink-muted)}
h1{margin:0 0 6px;font-size:1.25rem;line-height:1.3}
.summary{margin:0 0 12px}
blockquote{margin:0}
blockquote p{margin:0;font-size:1.125rem;line-height:1.45;font-weight:500}
.release{margin:0;padding:10px 12px;border-radius:6px;background:var(--canvas)}
.release figcaption{margin-bottom:4px;font-size:.8125rem;font-weight:600;color:var(--ink-muted)}
.release blockquote p{font-size:1rem}
.who{margin:10px 0 0}
.meta{margin:6px 0 0;font-size:.875rem;color:var(--ink-muted)}
a{color:var(--accent);text-underline-offset:2px}
a:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.back{display:inline-block;margin-top:10px;font-weight:600;padding:2px 0}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`
  .trim()
  .replaceAll("\n", "");

function cardBody(card: EmbedCard): string {
  if (card.kind === "quote") {
    const { speaker } = card;
    return [
      `<p class="eyebrow">${escapeHtml(site.name)}</p>`,
      `<figure style="margin:0"><blockquote><p>“${escapeHtml(card.text)}”</p></blockquote>`,
      `<figcaption><p class="who"><strong>${escapeHtml(speaker.name)}</strong>, ${escapeHtml(speaker.role)}, ${escapeHtml(speaker.organisation)}</p>`,
      `<p class="meta">${sourceLine(card.source)}</p></figcaption></figure>`,
      backLink(card.path, `This quote on ${site.name}`),
    ].join("");
  }
  return [
    `<p class="eyebrow">Key element ${card.number} of ${card.count}</p>`,
    `<h1>${escapeHtml(card.title)}</h1>`,
    `<p class="summary">${escapeHtml(card.summary)}</p>`,
    `<figure class="release"><figcaption>${escapeHtml(RELEASE_WORDING_LABEL)}</figcaption>`,
    `<blockquote><p>“${escapeHtml(card.releaseWording)}”</p></blockquote></figure>`,
    card.source ? `<p class="meta">${sourceLine(card.source)}</p>` : "",
    backLink(card.path, `This key element on ${site.name}`),
  ].join("");
}

/**
 * The card as a whole HTML document: noindex, with the full page as its canonical address, so
 * that search engines send people to the page rather than the card.
 */
export function embedCardHtml(card: EmbedCard, origin: string = site.url): string {
  return [
    "<!doctype html>",
    '<html lang="en-GB">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(card.frame.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(card.path, origin))}">`,
    `<link rel="icon" href="${routes.icon("svg")}" type="image/svg+xml">`,
    `<style>${STYLES}</style>`,
    "</head>",
    `<body><main><article class="card" data-embed="${card.kind}">${cardBody(card)}</article></main></body>`,
    "</html>",
  ].join("\n");
}

/** The response a route handler sends for a card. */
export function embedCardResponse(card: EmbedCard | undefined): Response {
  if (!card) return new Response("Not found", { status: 404 });
  return new Response(embedCardHtml(card), {
    headers: { "Content-Type": "text/html; charset=utf-8", "X-Robots-Tag": "noindex" },
  });
}
