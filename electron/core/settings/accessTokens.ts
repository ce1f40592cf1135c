/**
 * The browser host's access tokens, kept in `access.json` in the user-data folder (readable by
 * the user alone), so the links a facilitator shared (the presenter on the projector PC) keep
 * working after the app restarts. "New links" replaces them, and the old ones stop working.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { openJsonFile } from './jsonFile.ts';

const token = z.string().regex(/^[A-Za-z0-9_-]{24,}$/);
export const AccessTokensSchema = z.object({ console: token, presenter: token });
export type AccessTokens = z.infer<typeof AccessTokensSchema>;

export const ACCESS_FILE = 'access.json';

export const freshTokens = (): AccessTokens => ({
  console: randomBytes(18).toString('base64url'),
  presenter: randomBytes(18).toString('base64url'),
});

export interface AccessTokenFile {
  readonly tokens: AccessTokens;
  /** New tokens for every role, saved before they are used. */
  renew(): Promise<AccessTokens>;
}

/** The saved tokens, or new ones saved now when there are none (or the file is damaged). */
export async function openAccessTokens(userDataFolder: string): Promise<AccessTokenFile> {
  const path = join(userDataFolder, ACCESS_FILE);
  const file = await openJsonFile(path, AccessTokensSchema, freshTokens);
  const save = async (tokens: AccessTokens) => {
    await file.update(() => tokens);
    await chmod(path, 0o600).catch(() => undefined);
  };
  // No file, or a damaged one: the tokens in use now are saved, so the next start shares them.
  if (!(await holds(path, file.data))) await save(file.data).catch(() => undefined);
  return {
    get tokens() {
      return file.data;
    },
    async renew() {
      const tokens = freshTokens();
      await save(tokens);
      return tokens;
    },
  };
}

async function holds(path: string, tokens: AccessTokens): Promise<boolean> {
  try {
    const saved = AccessTokensSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return saved.success && saved.data.console === tokens.console;
  } catch {
    return false;
  }
}
