/** Checks and words for paths typed by hand (the library folder, a cohort file to open). */
import type { ContractError } from '../../../shared/contract/index.ts';

/** Absolute on macOS and Linux (/…), on Windows (C:\… or \\server\…). The host checks again. */
export const isAbsolutePath = (path: string): boolean => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path);

export const ABSOLUTE_HINT = 'starting with / (or with a drive, such as C:\\)';

/** The folder of a path and its name, joined with the separator the folder already uses. */
export function joinPath(folder: string, name: string): string {
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? `${folder}${name}` : `${folder}${separator}${name}`;
}

/**
 * A refusal from the host, in words. Input problems arrive as "folder: The folder must be…";
 * the field name means nothing to a facilitator, so it is dropped.
 */
export const errorWords = (error: ContractError): string =>
  error.code === 'invalid-input' ? error.message.replace(/^[\w.]+: /, '') : error.message;
