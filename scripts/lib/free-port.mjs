// The one free-port finder of the scripts (plain JavaScript, so start.mjs can use it too; types
// in free-port.d.mts).
import net from "node:net";

/** The port asked for is taken by another process. */
export class PortInUseError extends Error {
  constructor(port) {
    super(`Port ${port} is already in use.`);
    this.name = "PortInUseError";
    this.port = port;
  }
}

/**
 * A port that can be listened on now: `wanted` itself when it is free (PortInUseError when it
 * is not), or for 0 one the system picks. Another process may still take it before it is used.
 */
export function freePort(wanted = 0) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) =>
      reject(error.code === "EADDRINUSE" ? new PortInUseError(wanted) : error),
    );
    probe.listen(wanted, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : wanted;
      probe.close(() => resolve(port));
    });
  });
}
