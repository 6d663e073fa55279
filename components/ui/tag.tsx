import { Link } from "@/components/ui/link.client";
import { elementStyle, elementTheme } from "@/components/elements/element-theme";
import { routes } from "@/lib/content/routes";

/**
 * An element named in passing: a small link in the element's colour, with its icon. It goes to
 * the element's page unless `href` says otherwise (a filtered list, for instance).
 */
export function ElementTag({
  element,
  href = routes.element(element.slug),
}: {
  element: { slug: string; title: string };
  href?: string;
}) {
  const Icon = elementTheme(element.slug).icon;
  return (
    <Link
      href={href}
      data-element=""
      style={elementStyle(element.slug)}
      className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-(--el) px-3 py-1 text-sm font-medium text-(--el) no-underline hover:bg-(--el) hover:text-canvas"
    >
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {element.title}
    </Link>
  );
}
