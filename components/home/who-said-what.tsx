import { Link } from "@/components/ui/link.client";
import { elementStyle, elementTheme } from "@/components/elements/element-theme";
import type { ElementSummary } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";

export interface WhoSaidWhatSpeaker {
  slug: string;
  name: string;
}

/** The quotes list filtered to one speaker on one element. */
export function quotesFilterHref(speaker: string, element: string): string {
  const query = new URLSearchParams({ speaker, element });
  return `${routes.quotes()}?${query.toString()}`;
}

/**
 * Who said what: one row per key element, one column per speaker, each cell the number of that
 * speaker's quotes on that element, linking to exactly those quotes. `count` comes from the
 * content API so the numbers cannot drift from the quotes themselves.
 */
export function WhoSaidWhat({
  elements,
  speakers,
  count,
}: {
  elements: ElementSummary[];
  speakers: WhoSaidWhatSpeaker[];
  count: (speaker: string, element: string) => number;
}) {
  return (
    <div
      role="region"
      aria-labelledby="who-said-what-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-line"
    >
      <table className="w-full border-collapse text-left">
        <caption id="who-said-what-caption" className="sr-only">
          Number of quotes by each speaker on each key element
        </caption>
        <thead className="bg-surface">
          <tr>
            <th scope="col" className="p-3 text-sm font-semibold">
              Key element
            </th>
            {speakers.map((speaker) => (
              <th key={speaker.slug} scope="col" className="p-3 text-center text-sm font-semibold">
                {speaker.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => {
            const Icon = elementTheme(element.slug).icon;
            return (
              <tr
                key={element.slug}
                data-element=""
                style={elementStyle(element.slug)}
                className="border-t border-line"
              >
                <th scope="row" className="p-3 font-medium">
                  <span className="flex items-center gap-2">
                    <Icon aria-hidden="true" className="size-5 shrink-0 text-(--el)" />
                    <Link href={routes.element(element.slug)} className="inline-block min-h-6">
                      {element.number}. {element.title}
                    </Link>
                  </span>
                </th>
                {speakers.map((speaker) => {
                  const n = count(speaker.slug, element.slug);
                  return (
                    <td key={speaker.slug} className="p-1 text-center">
                      {n > 0 ? (
                        <Link
                          href={quotesFilterHref(speaker.slug, element.slug)}
                          className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-(--el) font-bold text-canvas no-underline hover:text-canvas hover:underline"
                        >
                          {n}
                          <span className="sr-only">
                            {" "}
                            {n === 1 ? "quote" : "quotes"} by {speaker.name} on {element.title}
                          </span>
                        </Link>
                      ) : (
                        <span className="text-ink-muted">
                          0<span className="sr-only"> quotes</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
