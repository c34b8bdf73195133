// Texts of the guards that keep what people did to the sheet from turning into lost events, mails or
// typed text (issue 12): columns that cannot be found, mass changes held for the owner, Google's limits.
// The sentences are in guards.json.
import { catalog } from './fill';
import texts from './guards.json';

export const GUARD_TEXTS = texts;

export type GuardTextId = keyof typeof GUARD_TEXTS;

export const g = catalog<GuardTextId>(texts);
