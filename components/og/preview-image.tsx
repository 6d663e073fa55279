import { ImageResponse } from "next/og";
import type { ReactElement, ReactNode } from "react";
import { createElement } from "react";
import type { ElementTheme } from "@/components/elements/element-theme";
import type { ElementColour } from "@/lib/content/schemas";
import { formatDate } from "@/lib/dates";
import { previewFonts } from "@/lib/og/fonts";
import { iconNodeOf } from "@/lib/og/icon-node";
import { quoteFontSize, summaryFontSize } from "@/lib/og/text";
import { site } from "@/lib/site";

/** Every preview image: 1200×630 PNG, the size link previews expect. */
export const previewSize = { width: 1200, height: 630 };
export const previewContentType = "image/png";

const ink = "#15202b";
const paper = "#ffffff";
/** Secondary text on paper: about 8:1 against white. */
const muted = "#46525f";
const footerText = `${site.publisher} concluding report · ${formatDate(site.published)}`;

/** Draws a preview card as a PNG with the bundled font (satori: inline styles, flex layout). */
export async function renderPreview(card: ReactElement): Promise<ImageResponse> {
  return new ImageResponse(card, { ...previewSize, fonts: await previewFonts() });
}

function Frame({
  background,
  color,
  children,
}: {
  background: string;
  color: string;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background,
        color,
        fontFamily: "Inter",
      }}
    >
      {children}
    </div>
  );
}

function Footer({ color }: { color: string }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", fontSize: 26, color }}>
      <div style={{ fontWeight: 700 }}>{site.name}</div>
      <div>{footerText}</div>
    </div>
  );
}

function Icon({ theme, size, color }: { theme: ElementTheme; size: number; color: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke={color}
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {iconNodeOf(theme.icon).map(([tag, attrs], index) =>
        createElement(tag, { key: index, ...attrs }),
      )}
    </svg>
  );
}

/** One key element: its number, title, colour and icon. */
export function ElementPreview(props: {
  number: number;
  count: number;
  title: string;
  theme: ElementTheme;
}) {
  const { theme } = props;
  return (
    <Frame background={theme.light} color={paper}>
      <div style={{ display: "flex", alignItems: "center", gap: 28 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 120,
            height: 120,
            borderRadius: 60,
            background: paper,
          }}
        >
          <Icon theme={theme} size={68} color={theme.light} />
        </div>
        <div style={{ fontSize: 34, fontWeight: 700 }}>
          {`Key element ${props.number} of ${props.count}`}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: props.title.length > 40 ? 64 : 76,
          fontWeight: 700,
          lineHeight: 1.1,
        }}
      >
        {props.title}
      </div>
      <Footer color={paper} />
    </Frame>
  );
}

/** One quote: the words, word for word, with the speaker and their role. */
export function QuotePreview(props: {
  text: string;
  speaker: string;
  role: string;
  accent: string;
}) {
  const size = quoteFontSize(props.text.length);
  return (
    <Frame background={paper} color={ink}>
      <div style={{ display: "flex", borderLeft: `12px solid ${props.accent}`, paddingLeft: 36 }}>
        <div style={{ display: "flex", fontSize: size, lineHeight: 1.3 }}>{`“${props.text}”`}</div>
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "flex-end",
          gap: 40,
        }}
      >
        <div style={{ display: "flex", flexDirection: "column", fontSize: 30 }}>
          <div style={{ fontWeight: 700 }}>{props.speaker}</div>
          <div style={{ color: muted }}>{props.role}</div>
        </div>
        <div style={{ display: "flex", fontSize: 22, color: muted }}>{site.name}</div>
      </div>
    </Frame>
  );
}

/**
 * One finding: its title and summary (this site's words), with a bar in the colour of each key
 * element it relates to, in their order.
 */
export function FindingPreview(props: {
  title: string;
  summary: string;
  colours: readonly string[];
}) {
  return (
    <Frame background={paper} color={ink}>
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div style={{ fontSize: 30, fontWeight: 700, color: muted }}>Finding</div>
        <div style={{ display: "flex", gap: 10 }}>
          {props.colours.map((colour, index) => (
            <div
              key={index}
              style={{ width: 56, height: 14, borderRadius: 7, background: colour }}
            />
          ))}
        </div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div
          style={{
            display: "flex",
            fontSize: props.title.length > 40 ? 58 : 66,
            fontWeight: 700,
            lineHeight: 1.1,
          }}
        >
          {props.title}
        </div>
        <div
          style={{
            display: "flex",
            fontSize: summaryFontSize(props.summary.length),
            lineHeight: 1.35,
          }}
        >
          {props.summary}
        </div>
      </div>
      <Footer color={muted} />
    </Frame>
  );
}

/** Every other page: the report's title and each key element's colour, in order. */
export function DefaultPreview({ colours }: { colours: readonly ElementColour[] }) {
  return (
    <Frame background={ink} color={paper}>
      <div style={{ display: "flex", gap: 12 }}>
        {colours.map((theme) => (
          <div
            key={theme.dark}
            style={{ width: 96, height: 16, borderRadius: 8, background: theme.dark }}
          />
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 64, fontWeight: 700, lineHeight: 1.15 }}>
        {site.reportTitle}
      </div>
      <Footer color={paper} />
    </Frame>
  );
}
