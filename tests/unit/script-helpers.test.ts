import { spawnSync } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { argumentProblem } from "@/scripts/lib/args.mjs";
import { PortInUseError, freePort } from "@/scripts/lib/free-port.mjs";
import { median } from "@/scripts/lib/median";
import { formatTable } from "@/scripts/lib/table";
import { PROJECT_ROOT } from "./helpers/fixture";

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it("leaves the values it is given as they were", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("formatTable", () => {
  it("aligns words left in the first column and figures right in the others", () => {
    const lines = formatTable(
      ["route", "KB", "status"],
      [
        ["/", "180.0", "ok"],
        ["/quotes", "9.5", "OVER"],
      ],
      ["left", "right", "left"],
    ).split("\n");
    expect(lines).toEqual(["route       KB  status", "/        180.0  ok", "/quotes    9.5  OVER"]);
  });

  it("right-aligns every column after the first by default and ends no line in spaces", () => {
    const lines = formatTable(["a", "b", ""], [["long name", "1", ""]]).split("\n");
    expect(lines).toEqual(["a          b", "long name  1"]);
  });
});

describe("freePort", () => {
  it("gives the port asked for when it is free, and some free port for 0", async () => {
    const any = await freePort();
    expect(any).toBeGreaterThan(0);
    expect(await freePort(any)).toBe(any);
  });

  it("rejects a port another server holds, naming it", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    const address = holder.address();
    const taken = typeof address === "object" && address ? address.port : 0;
    try {
      const error: unknown = await freePort(taken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PortInUseError);
      expect((error as PortInUseError).message).toBe(`Port ${taken} is already in use.`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });
});

describe("argument checks", () => {
  const config = {
    options: {
      runs: { type: "string" },
      port: { type: "string", short: "p" },
      bare: { type: "boolean" },
    },
  } as const;

  it("accepts known options in their usual spellings", () => {
    expect(argumentProblem(config, [])).toBeUndefined();
    expect(argumentProblem(config, ["--runs", "3", "--bare", "-p", "3001"])).toBeUndefined();
    expect(argumentProblem(config, ["--runs=3", "--port=-1"])).toBeUndefined();
  });

  it("names an unknown option, a missing value, a value given to a switch and a stray word", () => {
    expect(argumentProblem(config, ["--runs", "3", "--nope"])).toBe("Unknown option --nope.");
    expect(argumentProblem(config, ["-x"])).toBe("Unknown option -x.");
    expect(argumentProblem(config, ["--runs"])).toBe("--runs needs a value.");
    expect(argumentProblem(config, ["-p", "--bare"])).toBe("-p needs a value.");
    expect(argumentProblem(config, ["--bare=yes"])).toBe("--bare takes no value.");
    expect(argumentProblem(config, ["extra"])).toBe('Unexpected argument "extra".');
    expect(argumentProblem({ ...config, allowPositionals: true }, ["extra"])).toBeUndefined();
  });

  const run = (args: string[]) =>
    spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: "utf8" });

  it.each([
    [["--import", "tsx", "scripts/size.ts", "--nope"], "npm run size -- [--rebuild-floor]"],
    [["scripts/start.mjs", "--no-build", "--nope"], "npm start -- [-p PORT] [--no-build]"],
    [["--import", "tsx", "scripts/load.ts", "--runs"], "npm run load -- [--runs N]"],
  ])("stops %j with one line and exit code 2, before doing anything", (args, usage) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^(Unknown option --nope|--runs needs a value)\. Usage: /);
    expect(lines[0]).toContain(usage);
  });
});
