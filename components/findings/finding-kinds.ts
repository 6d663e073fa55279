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
