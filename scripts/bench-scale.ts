/** `npm run bench:scale [-- --sizes 250,1000]`: the scale part of `npm run bench` on its own. */
import { runScaleBench, sizesFromArgs } from "./bench/scale";

void runScaleBench(sizesFromArgs());
