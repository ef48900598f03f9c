/** An error in a user's input: names the file and what is wrong, and says what to do. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "CorpusError";
  }
}

/** An options object held a value the function does not know. */
export function unknownOption(name: string, value: unknown, allowed: readonly unknown[]): Error {
  return new Error(`unknown ${name} ${JSON.stringify(value)}; expected one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}`);
}
