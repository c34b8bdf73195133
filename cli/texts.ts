// The CLI's own words (the script's texts live in src/domain/texts/), in the catalog texts.json beside
// this file, filled as the script's are (src/domain/texts/fill.ts catalog). Russian first; English with
// --locale en. Every error names the file, row or option it is about and says what to do.
import { catalog, type Entry } from '../src/domain/texts/fill';
import type { Lang } from '../src/domain/types';
import W from './texts.json';

export type CliTextId = keyof typeof W;

const say = catalog<CliTextId>(W);

/** The CLI's words in one language: say('noWorkspace', { dir }). */
export function cliText(lang: Lang): (id: CliTextId, params?: Record<string, string | number>) => string {
  return (id, params = {}) => say(id, lang, params);
}

/** Every template of the CLI, for the typography and grammar test (test/domain/texts.test.ts). */
export const CLI_TEXTS: Record<string, Entry> = W;
