import { Link } from "@/components/ui/link.client";
import { elementIcon, elementStyle } from "@/components/elements/element-theme";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

export interface WhoSaidWhatSpeaker {
  slug: string;
  name: string;
}

/**
 * Who said what: one row per key element, one column per speaker, each cell the number of that
 * speaker's quotes on that element, linking to exactly those quotes. `cells[speaker][element]`
 * come from the content API's one count, so the numbers cannot drift from the quotes themselves.
 */
export function WhoSaidWhat({
  elements,
  speakers,
  cells,
}: {
  elements: readonly ElementSummary[];
  speakers: readonly WhoSaidWhatSpeaker[];
  cells: readonly (readonly { count: number; href: string }[])[];
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
          {elements.map((element, e) => {
            const Icon = elementIcon(element);
            return (
              <tr
                key={element.slug}
                data-element=""
                style={elementStyle(element)}
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
                {speakers.map((speaker, sp) => {
                  const cell = cells[sp]?.[e];
                  const n = cell?.count ?? 0;
                  return (
                    <td key={speaker.slug} className="p-1 text-center">
                      {cell && n > 0 ? (
                        <Link
                          href={cell.href}
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
