import { Link } from "@/components/ui/link.client";
import { ElementIconSvg, elementStyle } from "@/components/elements/element-theme";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

export interface WhoSaidWhatSpeaker {
  slug: string;
  name: string;
}

type Cells = readonly (readonly { count: number; href: string }[])[];

const CAPTION = "Number of quotes by each speaker on each key element";

/** One count: a link to exactly those quotes, or a plain 0. */
function Count({
  cell,
  speaker,
  element,
  size,
}: {
  cell: { count: number; href: string } | undefined;
  speaker: WhoSaidWhatSpeaker;
  element: ElementSummary;
  size: "large" | "small";
}) {
  const n = cell?.count ?? 0;
  if (!cell || n === 0) {
    return (
      <span className="text-ink-muted">
        0<span className="sr-only"> quotes</span>
      </span>
    );
  }
  return (
    <Link
      href={cell.href}
      className={`inline-flex items-center justify-center rounded-md bg-(--el) font-bold text-canvas no-underline hover:text-canvas hover:underline ${size === "large" ? "min-h-11 min-w-11" : "min-h-7 min-w-6 text-sm"}`}
    >
      {n}
      <span className="sr-only">
        {" "}
        {n === 1 ? "quote" : "quotes"} by {speaker.name} on {element.title}
      </span>
    </Link>
  );
}

/**
 * Who said what. From `sm` up: one row per key element, one column per speaker. On a phone the
 * table is turned round, one row per speaker and a column per element by number, so every
 * speaker is on screen without scrolling sideways. Only one of the two is displayed at any width,
 * so assistive technology meets one table. Each count links to exactly those quotes;
 * `cells[speaker][element]` come from the content API's one count, so the numbers cannot drift
 * from the quotes themselves.
 */
export function WhoSaidWhat({
  elements,
  speakers,
  cells,
}: {
  elements: readonly ElementSummary[];
  speakers: readonly WhoSaidWhatSpeaker[];
  cells: Cells;
}) {
  return (
    <>
      <ByElement elements={elements} speakers={speakers} cells={cells} />
      <BySpeaker elements={elements} speakers={speakers} cells={cells} />
    </>
  );
}

type TableProps = {
  elements: readonly ElementSummary[];
  speakers: readonly WhoSaidWhatSpeaker[];
  cells: Cells;
};

function ByElement({ elements, speakers, cells }: TableProps) {
  return (
    <div
      role="region"
      aria-labelledby="who-said-what-caption"
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-line max-sm:hidden"
    >
      <table className="w-full border-collapse text-left">
        <caption id="who-said-what-caption" className="sr-only">
          {CAPTION}
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
          {elements.map((element, e) => (
            <tr
              key={element.slug}
              data-element=""
              style={elementStyle(element)}
              className="border-t border-line"
            >
              <th scope="row" className="p-3 font-medium">
                <span className="flex items-center gap-2">
                  <ElementIconSvg
                    icon={element.icon}
                    aria-hidden="true"
                    className="size-5 shrink-0 text-(--el)"
                  />
                  <Link href={routes.element(element.slug)} className="inline-block min-h-6">
                    {element.number}. {element.title}
                  </Link>
                </span>
              </th>
              {speakers.map((speaker, sp) => (
                <td key={speaker.slug} className="p-1 text-center">
                  <Count cell={cells[sp]?.[e]} speaker={speaker} element={element} size="large" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BySpeaker({ elements, speakers, cells }: TableProps) {
  return (
    <div className="sm:hidden">
      <div
        role="region"
        aria-labelledby="who-said-what-caption-by-speaker"
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-line"
      >
        <table className="w-full border-collapse text-left">
          <caption id="who-said-what-caption-by-speaker" className="sr-only">
            {CAPTION}
          </caption>
          <thead className="bg-surface">
            <tr>
              <th scope="col" className="px-1.5 py-2 text-xs font-semibold">
                Speaker
              </th>
              {elements.map((element) => (
                <th
                  key={element.slug}
                  scope="col"
                  data-element=""
                  style={elementStyle(element)}
                  className="px-px py-1 text-center font-semibold"
                >
                  <Link
                    href={routes.element(element.slug)}
                    className="inline-flex min-h-11 min-w-6 flex-col items-center justify-center text-sm text-(--el) no-underline hover:underline"
                  >
                    <ElementIconSvg
                      icon={element.icon}
                      aria-hidden="true"
                      className="size-4 shrink-0"
                    />
                    {element.number}
                    <span className="sr-only">. {element.title}</span>
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {speakers.map((speaker, sp) => (
              <tr key={speaker.slug} className="border-t border-line">
                <th scope="row" className="px-1.5 py-2 text-xs leading-snug font-semibold">
                  {speaker.name}
                </th>
                {elements.map((element, e) => (
                  <td
                    key={element.slug}
                    data-element=""
                    style={elementStyle(element)}
                    className="px-px py-1 text-center"
                  >
                    <Count cell={cells[sp]?.[e]} speaker={speaker} element={element} size="small" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-sm text-ink-muted">
        Columns 1 to {elements.length} are the key elements, by number.
      </p>
    </div>
  );
}
