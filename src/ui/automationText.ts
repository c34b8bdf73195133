// What turning automation on or off says to the person who did it.
import { sessionLang } from '../app/context';
import { t } from '../domain/texts/ui';

export function automationText(kind: 'automationOn' | 'automationOff', handlers: string[]): string {
  const lang = sessionLang();
  const what = handlers.length ? handlers.join(', ') : '—';
  return t(kind === 'automationOn' ? 'automationOnDone' : 'automationOffDone', lang, {
    what,
    count: handlers.length,
  });
}
