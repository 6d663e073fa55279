import { elementIcon, elementStyle } from "@/components/elements/element-theme";
import { numberInWords } from "@/lib/number-words";
import type { ElementSummary } from "@/lib/content/content-api";
import { routes } from "@/lib/content/routes";

const OUTER = 196;
const INNER = 96;
const GAP_DEGREES = 1.5;

function point(radius: number, degrees: number): string {
  const radians = (degrees * Math.PI) / 180;
  return `${(radius * Math.cos(radians)).toFixed(2)} ${(radius * Math.sin(radians)).toFixed(2)}`;
}

/** An annular sector from `start` to `end` degrees (0 is three o'clock, clockwise). */
function sector(start: number, end: number): string {
  const a = start + GAP_DEGREES / 2;
  const b = end - GAP_DEGREES / 2;
  const large = b - a > 180 ? 1 : 0;
  return [
    `M ${point(OUTER, a)}`,
    `A ${OUTER} ${OUTER} 0 ${large} 1 ${point(OUTER, b)}`,
    `L ${point(INNER, b)}`,
    `A ${INNER} ${INNER} 0 ${large} 0 ${point(INNER, a)}`,
    "Z",
  ].join(" ");
}

function polar(radius: number, degrees: number): { x: number; y: number } {
  const radians = (degrees * Math.PI) / 180;
  return { x: radius * Math.cos(radians), y: radius * Math.sin(radians) };
}

/**
 * The key elements as a ring around the headline finding, drawn on the server. Each
 * segment is a link named by its element, in the element's colour and with its icon; hover and
 * keyboard focus fill it (CSS only, so it works without JavaScript).
 */
export function ElementWheel({
  elements,
  centre,
}: {
  elements: readonly ElementSummary[];
  centre: { href: string; lines: string[]; label: string };
}) {
  const step = 360 / Math.max(elements.length, 1);
  const lineHeight = 24;
  const firstLine = -((centre.lines.length - 1) * lineHeight) / 2;
  return (
    <svg
      viewBox="-200 -200 400 400"
      role="group"
      aria-label={`The ${numberInWords(elements.length)} key elements, around the headline finding`}
      className="element-wheel mx-auto block w-full max-w-[18.5rem] sm:max-w-[26rem]"
    >
      {elements.map((element, index) => {
        const start = -90 + index * step;
        const middle = start + step / 2;
        const Icon = elementIcon(element);
        const icon = polar(166, middle);
        const number = polar(124, middle);
        return (
          <a
            key={element.slug}
            href={routes.element(element.slug)}
            aria-label={`${element.number}. ${element.title}`}
            data-element=""
            style={elementStyle(element)}
          >
            <title>{`${element.number}. ${element.title}`}</title>
            <path d={sector(start, start + step)} className="wheel-segment" />
            <Icon
              x={icon.x - 15}
              y={icon.y - 15}
              width={30}
              height={30}
              aria-hidden="true"
              className="wheel-icon"
            />
            <text
              x={number.x}
              y={number.y}
              textAnchor="middle"
              dominantBaseline="central"
              className="wheel-number"
            >
              {element.number}
            </text>
          </a>
        );
      })}
      <a href={centre.href} aria-label={centre.label}>
        <circle r={INNER - 8} className="wheel-centre" />
        <text textAnchor="middle" className="wheel-centre-text" aria-hidden="true">
          {centre.lines.map((line, index) => (
            <tspan key={line} x={0} y={firstLine + index * lineHeight} dominantBaseline="central">
              {line}
            </tspan>
          ))}
        </text>
      </a>
    </svg>
  );
}
