import { describe, expect, it } from 'vitest';
import { freshTokens } from '../../../electron/core/settings/accessTokens.ts';
import { parseServeArgs } from '../../../electron/serve/args.ts';
import { roleOf } from '../../../electron/serve/tokens.ts';

describe('browser host tokens', () => {
  const tokens = freshTokens();

  it('tells the console token from the presenter token', () => {
    expect(tokens.console).not.toBe(tokens.presenter);
    expect(roleOf(tokens, tokens.console)).toBe('console');
    expect(roleOf(tokens, tokens.presenter)).toBe('presenter');
    expect(roleOf(tokens, 'guess')).toBeNull();
    expect(roleOf(tokens, '')).toBeNull();
    expect(roleOf(tokens, null)).toBeNull();
    expect(roleOf(tokens, `${tokens.console}x`)).toBeNull();
  });
});

describe('browser host arguments', () => {
  it('binds loopback by default and reads port and data folder', () => {
    const options = parseServeArgs(['--port', '0', '--data', '/tmp/library']);
    expect(options).toMatchObject({ port: 0, dataFolder: '/tmp/library', lan: false });
  });

  it('refuses a port that is not a port', () => {
    expect(() => parseServeArgs(['--port', 'eighty'])).toThrow(/--port must be a whole number/);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/--port/);
  });
});
