import type { z } from 'zod';

/** Turns zod issues into short sentences that name where the problem is. */
export function describeIssues(error: z.ZodError, label = 'input'): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : label;
    return `${where}: ${issue.message}`;
  });
}
