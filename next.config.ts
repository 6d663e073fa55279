import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content and search data are generated into .generated/ before the build (scripts/build-content.ts).
  typedRoutes: false,
};

export default nextConfig;
