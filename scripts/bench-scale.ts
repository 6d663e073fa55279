/** `npm run bench:scale [-- --sizes 250,1000]`: the scale part of `npm run bench` on its own. */
import { DEFAULT_SIZES, parseSizes, runScaleBench } from "./bench/scale";
import { exitWithUsage, parseArguments } from "./lib/args.mjs";

const USAGE = "Usage: npm run bench:scale -- [--sizes 250,1000]";
const { values } = parseArguments(
  { options: { sizes: { type: "string", default: DEFAULT_SIZES } } },
  USAGE,
);
const sizes = parseSizes(values.sizes);
if (!sizes) {
  exitWithUsage(
    `--sizes takes whole numbers of documents, 100 or more (got "${values.sizes}").`,
    USAGE,
  );
}
void runScaleBench(sizes);
