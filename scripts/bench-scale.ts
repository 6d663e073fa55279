/** `npm run bench:scale [-- --sizes 250,1000]`: the scale part of `npm run bench` on its own. */
import { DEFAULT_SIZES, runScaleBench, sizesOrExit } from "./bench/scale";
import { parseArguments } from "./lib/args.mjs";

const USAGE = "Usage: npm run bench:scale -- [--sizes 250,1000]";
const { values } = parseArguments(
  { options: { sizes: { type: "string", default: DEFAULT_SIZES } } },
  USAGE,
);
void runScaleBench(sizesOrExit(values.sizes, USAGE));
