import Link from "next/link";
import type { CSSProperties } from "react";
import { routes } from "@/lib/content/routes";
import { elementStyle, elementTheme } from "./element-theme";

/** React's style type knows no custom properties; these two are the element's colours. */
function tagStyle(slug: string): CSSProperties {
  const style: Record<string, string> = elementStyle(slug);
  return style;
}

/** A key element as a small labelled link in the element's own colour and icon. */
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
      data-element={element.slug}
      style={tagStyle(element.slug)}
      className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-(--el) bg-canvas px-3 py-1 text-sm font-medium text-(--el) no-underline hover:underline"
    >
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {element.title}
    </Link>
  );
}

export function ElementTags({
  elements,
}: {
  elements: readonly { slug: string; title: string }[];
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
