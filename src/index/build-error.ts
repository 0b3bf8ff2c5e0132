/** A build failure that names the file, and the entity when there is one, and what is wrong. */
export class BuildError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly entity?: string,
  ) {
    super(entity === undefined ? `${file}: ${problem}` : `${file}: entity "${entity}": ${problem}`);
    this.name = 'BuildError';
  }
}
