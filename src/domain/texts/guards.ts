// Texts of the guards that keep what people did to the sheet from turning into lost events, mails or
// typed text (issue 12): columns that cannot be found, mass changes held for the owner, Google's limits.
import type { Lang } from '../types';
import { fill } from './fill';

export const GUARD_TEXTS = {
  columnMissing: {
    ru: 'На листе «План» не найден столбец {columns}: его удалили или переименовали так, что planbook его не узнаёт. Ничего не изменено — ни в календаре, ни в таблице, ни в почте. Верните заголовок (например, «{example}») или выберите «План мероприятий → Настроить таблицу»: недостающий столбец появится справа, его можно перенести куда удобно.',
    en: 'The Plan sheet has no column {columns}: it was deleted or renamed beyond recognition. Nothing was changed — not the calendar, the sheet or the mail. Put the heading back (e.g. "{example}") or choose "Event plan → Set up the sheet": the missing column is added on the right, and you can move it anywhere.',
  },
  calendarTypedMissing: {
    ru: 'Календарь «{id}», указанный на листе «Настройки» в строке «Календарь (ID)», не найден: в ID опечатка, календарь удалён или у вас нет к нему доступа на изменение событий. Календарь не обновлён, остальное работает. Что сделать: откройте Google Календарь → настройки нужного календаря → «Интеграция календаря» → скопируйте «Идентификатор календаря» в эту ячейку. Или очистите ячейку — planbook создаст свой календарь.',
    en: 'The calendar "{id}" named in Settings → "Calendar ID" was not found: a typo in the ID, the calendar was deleted, or you may not edit its events. The calendar was not updated; everything else works. To fix: in Google Calendar open that calendar\'s settings → "Integrate calendar" → copy the "Calendar ID" into that cell. Or empty the cell and planbook makes its own calendar.',
  },
  calendarOwnMissing: {
    ru: 'Календарь planbook «{name}» ({id}) не найден — его удалили вручную или закрыли к нему доступ. planbook создал новый календарь «{name}» и переносит в него все события плана. Если календарь удалили нарочно и он не нужен, выключите автоматизацию.',
    en: 'planbook\'s calendar "{name}" ({id}) was not found: it was deleted by hand or access was removed. planbook made a new calendar "{name}" and puts every event of the plan in it. If the calendar was deleted on purpose, turn automation off.',
  },
  massHeld: {
    ru: 'Календарь не изменён: в этот раз пришлось бы удалить {events:событие|события|событий} из {rows:строки|строк|строк} плана (всего строк с событиями: {total}) — так бывает, когда план очистили, вставили поверх него другой текст или удалили служебный столбец. Если так и задумано, выберите «План мероприятий → Подтвердить удаление событий». Если нет — верните строки («Правка → Отменить» или «Файл → История версий»), и ничего удалять не придётся.',
    en: 'The calendar was not changed: this run would delete the events of {rows:plan row|plan rows} out of {total} ({events:event|events}) — this happens when the plan was cleared, pasted over, or a system column deleted. If that is intended, choose "Event plan → Confirm deleting events". If not, bring the rows back (Edit → Undo, or File → Version history) and nothing needs deleting.',
  },
  massNothing: {
    ru: 'Удалений, ждущих подтверждения, не было; календарь обновлён как обычно.',
    en: 'No deletions were waiting for confirmation; the calendar was synced as usual.',
  },
  cellTooLong: {
    ru: 'Строка {row}: текст в {length:знак|знака|знаков}, а ячейка Google Таблицы вмещает не больше 50 000 знаков. Сократите его (подробности можно вынести в отдельный документ и дать ссылку).',
    en: 'Row {row}: a text of {length:character|characters}, while a Google Sheets cell holds at most 50,000. Shorten it (details can go to a separate document, with a link).',
  },
  nothingImported: {
    ru: 'Ничего не импортировано.',
    en: 'Nothing was imported.',
  },
  reportQuota: {
    ru: 'Отчёт за {month} не разослан: сегодня MailApp может отправить письма ещё {left:адресу|адресам|адресам}, а нужно {need}. planbook отправит его со следующим ежедневным запуском.',
    en: 'The report for {month} was not mailed: MailApp may send to {left:more address|more addresses} today and {need} are needed. planbook sends it with the next daily run.',
  },
  typedKept: {
    ru: 'Введено вручную в системную ячейку (planbook перенёс текст сюда, чтобы не потерять): {text}',
    en: 'Typed into a system cell by hand (planbook moved it here so it is not lost): {text}',
  },
} as const;

export type GuardTextId = keyof typeof GUARD_TEXTS;

export function g(id: GuardTextId, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(GUARD_TEXTS[id][lang], params);
}
