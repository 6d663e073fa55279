import { Link } from "@/components/ui/link.client";
import { ElementIconSvg, elementStyle } from "@/components/elements/element-theme";
import type { ElementColour, ElementIcon } from "@/lib/content/schemas";

/** The key elements' Easy Read pages, in order: each a large link with its number and picture. */
export function EasyReadElements({
  id,
  elements,
}: {
  id: string;
  elements: readonly {
    slug: string;
    number: number;
    title: string;
    icon: ElementIcon;
    colour: ElementColour;
    href: string;
  }[];
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="mt-16">
      <h2 id={headingId} className="mb-6 font-bold">
        The {elements.length} key things
      </h2>
      <ol className="easy-read-elements grid list-none gap-4 p-0 sm:grid-cols-2">
        {elements.map((element) => (
          <li key={element.slug} data-element="" style={elementStyle(element)}>
            <Link
              href={element.href}
              className="flex min-h-20 items-center gap-4 rounded-xl border-2 border-line p-4 text-xl font-semibold no-underline hover:border-(--el)"
            >
              <ElementIconSvg
                icon={element.icon}
                aria-hidden="true"
                strokeWidth={1.75}
                className="size-10 shrink-0 text-(--el)"
              />
              <span>
                <span className="text-(--el)">{element.number}.</span>{" "}
                <span className="underline underline-offset-4">{element.title}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
