import type { FindingSummary } from "@/lib/content/content-api";
import { Section } from "@/components/ui/section";
import { findingGroupTitles, findingKindOrder } from "./finding-kinds";
import { FindingList } from "./finding-list";

/** Findings grouped by kind, in the page's order of kinds. No hooks: server and client share it. */
export function FindingGroups({ findings }: { findings: readonly FindingSummary[] }) {
  return (
    <>
      {findingKindOrder.map((kind) => {
        const group = findings.filter((f) => f.kind === kind);
        if (group.length === 0) return null;
        return (
          <Section key={kind} id={kind} title={findingGroupTitles[kind]}>
            <FindingList findings={group} showKind={false} />
          </Section>
        );
      })}
    </>
  );
}
