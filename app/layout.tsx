import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ThemeProvider } from "@/components/layout/theme-provider.client";
import { site } from "@/lib/site";
import { routes } from "@/lib/content/routes";
import { getSite, pageProps } from "@/lib/site-model/api";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.reportTitle, template: `%s · ${site.name}` },
  description: getSite().require(routes.home()).description,
  openGraph: { siteName: site.name, locale: "en_GB", type: "website" },
  // The icons are files in public/; without an icon link browsers ask for /favicon.ico, a 404
  // logged as a console error.
  icons: { icon: { url: routes.icon("svg"), type: "image/svg+xml" }, apple: routes.icon("apple") },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f3f6f9" },
    { media: "(prefers-color-scheme: dark)", color: "#17202a" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-canvas text-ink antialiased">
        <ThemeProvider>
          <a
            href="#main"
            className="sr-only z-50 rounded-md bg-canvas px-4 py-3 font-semibold text-accent focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
          >
            Skip to main content
          </a>
          <SiteHeader navigation={getSite().navigation} />
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-12"
          >
            {children}
          </main>
          <SiteFooter reportSources={pageProps.siteSources()} />
        </ThemeProvider>
      </body>
    </html>
  );
}
