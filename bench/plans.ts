// Generated plans for benchmarks and load tests: realistic lines in the seed's style, any length.
import { readFileSync } from 'node:fs';
import { SEED_PLAN } from '../cli/paths';

const PERIODS = [
  'сентябрь',
  'октябрь',
  'апрель-июнь',
  'в течение года',
  'Январь, март',
  '15.10.2026',
  '12 апреля',
  'до 20 мая',
  'II полугодие',
  'ежемесячно',
  'I четверть',
  'по мере необходимости',
  'ноябрь',
  '2 ноября 2026 г.',
  'февраль,март',
];
const ROLES = [
  'работники библиотеки, классные руководители',
  'организатор',
  'классные руководители, организатор',
  'директор библиотеки',
  'руководитель коллектива, организатор',
];
const TOPICS = [
  'Литературная гостиная',
  'Экскурсия в библиотеку',
  'Конкурс чтецов',
  'Выставка книг',
  'Час поэзии',
];

export const SEED_TEXT = (): string => readFileSync(SEED_PLAN, 'utf8');

/** The plan text for n rows: the seed itself for 15 or fewer, generated lines beyond. */
export function planText(n: number): string {
  if (n <= 15) return SEED_TEXT();
  const lines = [
    'План совместной работы школы и библиотеки на 2026-2027 учебный год',
    '',
    '№, мероприятие, сроки, ответственные.',
  ];
  for (let i = 1; i <= n; i++) {
    const topic = TOPICS[i % TOPICS.length];
    lines.push(`${i}. ${topic} «Встреча ${i}» – ${PERIODS[i % PERIODS.length]}, ${ROLES[i % ROLES.length]}.`);
  }
  return lines.join('\n');
}
