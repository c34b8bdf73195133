// An event's dates as people read them: «15.10.2026 14:00», «01.03.2027–05.03.2027», or the period as
// written in the plan («октябрь», «в течение года») when there is no exact date.
import { formatDayRu } from './days';
import type { Timing } from './types';

export function datesText(timing: Timing): string {
  if (timing.kind === 'date') {
    return timing.occurrences
      .map(
        (o) =>
          (o.start === o.end ? formatDayRu(o.start) : formatDayRu(o.start) + '–' + formatDayRu(o.end)) +
          (o.time ? ' ' + o.time : ''),
      )
      .join(', ');
  }
  const text = timing.text.replace(/\s+/g, ' ').trim();
  return text || '—';
}
