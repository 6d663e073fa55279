export declare class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number);
}

export declare function freePort(wanted?: number): Promise<number>;
