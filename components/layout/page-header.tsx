import type { ReactNode } from "react";
import { LastUpdated } from "@/components/changes/last-updated";
import type { ElementLook } from "@/components/elements/element-theme";
import { ElementIconSvg, elementStyle } from "@/components/elements/element-theme";
import { GlossedText } from "@/components/glossary/glossed";
import { TitleBlock } from "@/components/ui/title-block";
import type { GlossaryMarks } from "@/lib/content/glossary-terms";
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

/**
 * A content page's title block (About, Accessibility, the page for children and families): its
 * title, its description as the lead with the first uses of glossary terms explained, and its
 * change notes.
 */
export function ContentPageHeader({
  page,
  marks,
}: {
  page: { title: string; description: string; changes: readonly ChangeNote[] };
  /** The glossary marks of the page's lead. */
  marks: GlossaryMarks;
}) {
  return (
    <PageHeader
      title={page.title}
      lead={
        <p>
          <GlossedText text={page.description} marks={marks} />
        </p>
      }
      changes={page.changes}
    />
  );
}
