import type { LucideIcon, LucideProps } from "lucide-react";
import {
  Calendar,
  CircleCheck,
  CircleX,
  FileText,
  Globe,
  House,
  ListChecks,
  Search,
} from "lucide-react";
import { createElement } from "react";
import { elementIcon } from "@/components/elements/element-theme";
import type { EasyReadIcon } from "@/lib/content/schemas";
import { elementIcons } from "@/lib/content/schemas";

/** The icons for ideas (lib/content/schemas.ts easyReadIcons); elements' own come from element-theme. */
const ideaIcons = {
  "file-text": FileText,
  search: Search,
  calendar: Calendar,
  "circle-check": CircleCheck,
  "circle-x": CircleX,
  "list-checks": ListChecks,
  globe: Globe,
  house: House,
} as const satisfies Record<Exclude<EasyReadIcon, (typeof elementIcons)[number]>, LucideIcon>;

const isElementIcon = (icon: EasyReadIcon): icon is (typeof elementIcons)[number] =>
  (elementIcons as readonly string[]).includes(icon);

/**
 * An Easy Read picture, always decorative: every point's words stand without it, so screen
 * readers skip it.
 */
export function EasyReadIconSvg({ icon, ...props }: { icon: EasyReadIcon } & LucideProps) {
  const component = isElementIcon(icon) ? elementIcon({ icon }) : ideaIcons[icon];
  return createElement(component, { ...props, "aria-hidden": true, focusable: false });
}
