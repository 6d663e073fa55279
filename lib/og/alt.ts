/**
 * The alt text of each preview image: what the card shows, in the order it shows it, so that a
 * link preview read aloud says which element, finding or quote it is rather than a generic label.
 * The site model gives each page with its own image one of these; the image files draw the same.
 */
export const previewImageAlt = {
  element: (element: { number: number; title: string }, count: number) =>
    `Key element ${element.number} of ${count}: ${element.title}`,
  finding: (finding: { title: string; summary: string }) =>
    `Finding: ${finding.title}. ${finding.summary}`,
  /** The whole quote, as the card draws it, then who said it. */
  quote: (quote: { text: string }, speaker: { name: string; role: string; organisation: string }) =>
    `“${quote.text.trim()}” ${speaker.name}, ${speaker.role}, ${speaker.organisation}`,
};
