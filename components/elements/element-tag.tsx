import { Link } from "@/components/ui/link.client";
import type { ElementLook } from "@/components/elements/element-theme";
import { ElementIconSvg, elementStyle } from "@/components/elements/element-theme";
import { routes } from "@/lib/content/routes";

/**
 * An element named in passing: a small link in the element's colour, with its icon. It goes to
 * the element's page unless `href` says otherwise (a filtered list, for instance).
 */
export function ElementTag({
  element,
  href = routes.element(element.slug),
}: {
  element: { slug: string; title: string } & ElementLook;
  href?: string;
}) {
  return (
    <Link
      href={href}
      data-element=""
      style={elementStyle(element)}
      className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-(--el) px-3 py-1 text-sm font-medium text-(--el) no-underline hover:bg-(--el) hover:text-canvas"
    >
      <ElementIconSvg icon={element.icon} aria-hidden="true" className="size-4 shrink-0" />
      {element.title}
    </Link>
  );
}

/** The key elements a quote or finding speaks to, as a labelled list of tags. */
export function ElementTags({
  elements,
}: {
  elements: readonly ({ slug: string; title: string } & ElementLook)[];
}) {
  if (elements.length === 0) return null;
  return (
    <ul aria-label="Key elements it speaks to" className="flex list-none flex-wrap gap-2 p-0">
      {elements.map((element) => (
        <li key={element.slug}>
          <ElementTag element={element} />
        </li>
      ))}
    </ul>
  );
}
