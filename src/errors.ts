/**
 * The base class of every error presslens throws on purpose (besides `TypeError` for arguments of
 * the wrong type), so callers can tell bad input from bugs with one `instanceof` check.
 *
 * @example
 * ```ts
 * try { parseComments(raw, { strict: true }) } catch (error) {
 *   if (error instanceof PresslensError) console.warn(error.code, error.message)
 * }
 * ```
 */
export class PresslensError extends Error {
  /** A stable, machine-readable error code such as `'MALFORMED_JSON'`. */
  readonly code: string;

  /**
   * @param code - A stable, machine-readable code.
   * @param message - A human-readable explanation.
   * @param options - Standard error options (`cause`).
   */
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PresslensError';
    this.code = code;
  }
}

/** Which structured format an input failed to parse as. */
export type InputFormat = 'html' | 'json' | 'xml';

/**
 * Thrown in strict mode when HTML, JSON or XML input is malformed. `offset` points into the input
 * where the problem was noticed, when known.
 *
 * @example
 * ```ts
 * new MalformedInputError('json', 'Unexpected end of input', 1042)
 * ```
 */
export class MalformedInputError extends PresslensError {
  /** The format that failed to parse. */
  readonly format: InputFormat;
  /** UTF-16 offset into the input where the problem was noticed, or `null`. */
  readonly offset: number | null;

  /**
   * @param format - The format that failed.
   * @param message - What was wrong.
   * @param offset - Where, as a UTF-16 offset into the input, when known.
   * @param options - Standard error options (`cause`).
   */
  constructor(format: InputFormat, message: string, offset: number | null = null, options?: ErrorOptions) {
    super(`MALFORMED_${format.toUpperCase()}`, message, options);
    this.name = 'MalformedInputError';
    this.format = format;
    this.offset = offset;
  }
}
