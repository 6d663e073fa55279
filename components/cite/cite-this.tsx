import type { ReactNode } from "react";
import { DisclosureChevron, disclosureSummaryClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button.client";
import { Section } from "@/components/ui/section";
import { formatApa } from "@/lib/cite/apa";
import { formatHarvard } from "@/lib/cite/harvard";
import type { CitableWork } from "@/lib/cite/work";
import { sectionId } from "@/lib/content/routes";

const styles = [
  { name: "Harvard", format: formatHarvard },
  { name: "APA", format: formatApa },
] as const;

/**
 * "Cite this": the work in Harvard and APA, each with a copy button, and optional downloads.
 * Folded, the two citations wait behind a disclosure on screen (a page whose citation is not
 * what most readers came for stays short on a phone) and print open.
 */
export function CiteThis({
  work,
  intro,
  folded = false,
  children,
}: {
  work: CitableWork;
  intro: ReactNode;
  folded?: boolean;
  /** Extra content after the styles, such as download links. */
  children?: ReactNode;
}) {
  const citations = (
    <dl className="space-y-5">
      {styles.map(({ name, format }) => {
        const text = format(work);
        return (
          <div key={name}>
            <dt className="font-semibold">{name}</dt>
            <dd className="mt-1">
              <p className="rounded-md border border-line bg-surface p-3 break-words">{text}</p>
              <CopyButton
                value={text}
                label={`Copy ${name} citation`}
                copiedMessage={`${name} citation copied`}
                className="mt-2"
              />
            </dd>
          </div>
        );
      })}
    </dl>
  );
  return (
    <Section id={sectionId.cite} title="Cite this" className="max-w-3xl">
      <p className="mb-4">{intro}</p>
      {folded ? (
        <details className="group print-open">
          <summary className={disclosureSummaryClass}>
            Show the Harvard and APA citations
            <DisclosureChevron />
          </summary>
          <div className="mt-4">{citations}</div>
        </details>
      ) : (
        citations
      )}
      {children}
    </Section>
  );
}
