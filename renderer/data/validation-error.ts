/** A record that failed its schema: nothing was written. Carries field-level messages for forms. */
export interface FieldProblem {
  path: string;
  message: string;
}

export class ValidationError extends Error {
  readonly problems: FieldProblem[];

  /** Takes zod's issues, or problems a command found itself in the same shape. */
  constructor(readonly table: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
    super(`The ${table} record is not valid: ${issues.map((i) => i.message).join('; ')}`);
    this.name = 'ValidationError';
    this.problems = issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  }
}

/** A command that broke a rule (slot full, not allowed in this state): nothing was written. */
export class CommandRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandRefusedError';
  }
}
