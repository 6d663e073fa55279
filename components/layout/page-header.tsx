import type { ReactNode } from "react";
import { LastUpdated } from "@/components/changes/last-updated";
import type { ElementLook } from "@/components/elements/element-theme";
import { ElementIconSvg, elementStyle } from "@/components/elements/element-theme";
import { TitleBlock } from "@/components/ui/title-block";
import type { ChangeNote } from "@/lib/content/schemas";

/**
 * A page's title block as the site shows it: with `element` (its icon and colour) in that
 * element's colour; with `changes`, the page's "Last updated" line and its change notes.
 */
export function PageHeader({
  eyebrow,
  title,
  lead,
  element,
  changes = [],
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  lead?: ReactNode;
  element?: ElementLook;
  changes?: readonly ChangeNote[];
}) {
  const accent = element
    ? {
        style: elementStyle(element),
        icon: <ElementIconSvg icon={element.icon} aria-hidden="true" className="size-6 shrink-0" />,
      }
    : undefined;
  return (
    <TitleBlock eyebrow={eyebrow} title={title} lead={lead} {...(accent ? { accent } : {})}>
      <LastUpdated changes={changes} className="mt-4" />
    </TitleBlock>
  );
}
