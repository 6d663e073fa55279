import type { FindingKind } from "@/lib/content/schemas";

export const findingKindLabels: Record<FindingKind, string> = {
  headline: "Headline finding",
  condition: "Condition for change",
  approach: "Approach to change",
  barrier: "Barrier",
  priority: "Priority",
  strand: "Research strand",
  context: "Context",
};

/** The order in which the findings page groups kinds. */
export const findingKindOrder: FindingKind[] = [
  "headline",
  "condition",
  "approach",
  "barrier",
  "priority",
  "context",
  "strand",
];

/** Headings of the groups on the findings page. */
export const findingGroupTitles: Record<FindingKind, string> = {
  headline: "The headline finding",
  condition: "Conditions for change",
  approach: "How to go about change",
  barrier: "What gets in the way",
  priority: "Priorities Claire Burns named",
  context: "Context",
  strand: "The four research strands",
};
