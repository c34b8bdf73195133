// Texts of reminders held back by Google's daily mail limit (issue 12): the owner's notice and the run's
// message (quota.json). Placeholders as in fill.ts.
import { catalog } from './fill';
import texts from './quota.json';

export const QUOTA_TEXTS = texts;

export const qt = catalog<keyof typeof QUOTA_TEXTS>(texts);
