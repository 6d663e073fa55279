import type { Metadata } from "next";
import { findingKindOrder } from "@/components/findings/finding-kinds";
import { FindingList } from "@/components/findings/finding-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getFindings } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Findings",
  description:
    "What the Children's Services Reform Research study found, in plain words, with the sources behind each finding.",
  path: routes.findings(),
});

const groupTitles: Record<(typeof findingKindOrder)[number], string> = {
  headline: "The headline finding",
  condition: "Conditions for change",
  approach: "How to go about change",
  barrier: "What gets in the way",
  priority: "Priorities CELCIS named",
  context: "Context",
  strand: "The four research strands",
};

export default function FindingsPage() {
  return (
    <>
      <PageHeader
        title="Findings"
        lead={
          <p>
            What the study found, summarised in our own words. Each finding links to the key
            elements it relates to and names its sources.
          </p>
        }
      />
      {findingKindOrder.map((kind) => {
        const findings = getFindings({ kind });
        if (findings.length === 0) return null;
        return (
          <Section key={kind} id={kind} title={groupTitles[kind]}>
            <FindingList findings={findings} showKind={false} />
          </Section>
        );
      })}
    </>
  );
}
