// Texts of the «Отметить результат» page (the web app) and of its links in mails (answer.json). Russian
// first.
import texts from './answer.json';
import { catalog, type Entry } from './fill';

export type AnswerTextId = keyof typeof texts;

export const at = catalog<AnswerTextId>(texts);

/** Every template of this module, for the typography and grammar test (test/domain/texts.test.ts). */
export const ANSWER_TEXTS: Record<string, Entry> = texts;
