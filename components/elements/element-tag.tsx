import { ElementTag } from "@/components/ui/tag";

/** The key elements a quote or finding speaks to, as a labelled list of tags. */
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
