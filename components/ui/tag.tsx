import Link from "next/link";
import { elementStyle, elementTheme } from "@/components/elements/element-theme";
import { routes } from "@/lib/content/routes";

/** An element named in passing: a small link in the element's colour, with its icon. */
export function ElementTag({
  element,
}: {
  element: { slug: string; number: number; title: string };
}) {
  const Icon = elementTheme(element.slug).icon;
  return (
    <Link
      href={routes.element(element.slug)}
      data-element=""
      style={elementStyle(element.slug)}
      className="inline-flex min-h-7 items-center gap-1.5 rounded-full border border-(--el) px-2.5 py-0.5 text-sm font-medium text-(--el) no-underline hover:bg-(--el) hover:text-canvas"
    >
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {element.title}
    </Link>
  );
}
