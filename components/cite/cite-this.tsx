import type { ReactNode } from "react";
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

/** "Cite this": the work in Harvard and APA, each with a copy button, and optional downloads. */
export function CiteThis({
  work,
  intro,
  children,
}: {
  work: CitableWork;
  intro: ReactNode;
  /** Extra content after the styles, such as download links. */
  children?: ReactNode;
}) {
  return (
    <Section id={sectionId.cite} title="Cite this" className="max-w-3xl">
      <p className="mb-4">{intro}</p>
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
      {children}
    </Section>
  );
}
