import type { LucideIcon } from "lucide-react";

/** An icon's SVG children: [tag, attributes] pairs on a 24×24 grid, as lucide draws them. */
export type IconNode = [tag: string, attrs: Record<string, string>][];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The SVG shapes of a lucide-react icon, for preview images: satori draws plain SVG elements but
 * cannot render React components such as lucide's. Reading the shapes from the component itself
 * keeps each element's front matter the one place that chooses its icon (by name, which
 * components/elements/element-theme.ts maps to lucide's component).
 * lucide-react builds each icon as forwardRef(props => <Icon icon={data} />); its render
 * function uses no hooks, so calling it outside React is safe. Throws if lucide changes shape.
 */
export function iconNodeOf(icon: LucideIcon): IconNode {
  const render: unknown = Reflect.get(icon, "render");
  if (typeof render !== "function") throw new Error("lucide icon has no render function");
  const element: unknown = Reflect.apply(render, undefined, [{}, null]);
  const props = isRecord(element) ? element.props : undefined;
  const data = isRecord(props) ? props.icon : undefined;
  const node = isRecord(data) ? data.node : undefined;
  if (!Array.isArray(node)) throw new Error("lucide icon carries no icon node");
  return node.map((entry: unknown): IconNode[number] => {
    if (!Array.isArray(entry) || typeof entry[0] !== "string" || !isRecord(entry[1])) {
      throw new Error("lucide icon node has an unexpected entry");
    }
    const attrs: Record<string, string> = {};
    for (const [name, value] of Object.entries(entry[1])) {
      // React's `key` is not an SVG attribute.
      if (name !== "key" && (typeof value === "string" || typeof value === "number")) {
        attrs[name] = String(value);
      }
    }
    return [entry[0], attrs];
  });
}
