import Link from "next/link";
import type { FindingSummary } from "@/lib/content/api";
import { routes } from "@/lib/content/routes";
import { findingKindLabels } from "./finding-kinds";

export function FindingList({ findings }: { findings: FindingSummary[] }) {
  return (
    <ul className="list-none space-y-4 p-0">
      {findings.map((finding) => (
        <li key={finding.slug} className="rounded-lg border border-line p-4">
          <p className="text-sm font-semibold text-ink-muted">{findingKindLabels[finding.kind]}</p>
          <h3 className="text-lg font-bold">
            <Link href={routes.finding(finding.slug)}>{finding.title}</Link>
          </h3>
          <p className="mt-1 text-ink-muted">{finding.summary}</p>
        </li>
      ))}
    </ul>
  );
}
