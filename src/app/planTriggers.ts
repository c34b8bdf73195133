// Which of the project's triggers belong to THIS plan. Under an add-on, ScriptApp.getProjectTriggers()
// lists the user's triggers of the add-on in every document (R/script/script-app#getProjectTriggers():
// "associated with the current project and current user"), so a second school would see the first one's
// daily trigger as its own and never get one, and «automation off» in one school would remove the other's.
// Under an add-on the ids planbook made for this plan are kept in the plan's store and only those are
// listed; a bound script's project triggers all belong to its one spreadsheet.
import type { SessionInfo, StoreOpener, TriggerService } from './ports';

const KEY = 'automation:triggers';

/** A JSON list of strings kept in the store; [] when missing or unreadable. */
export function parseList(v: string | null): string[] {
  try {
    const a = JSON.parse(v ?? '[]') as unknown;
    return Array.isArray(a) ? a.map(String) : [];
  } catch {
    return [];
  }
}

/** The project's triggers as this plan sees them: under an add-on, only the ones made for it. */
export function planTriggers(
  project: TriggerService,
  store: StoreOpener,
  session: Pick<SessionInfo, 'addOn'>,
): TriggerService {
  let shared: boolean | undefined;
  const addOn = () => {
    shared ??= session.addOn();
    return shared;
  };
  const remember = (add: string[], drop: string[]) => {
    const s = store();
    const ids = parseList(s.get(KEY)).filter((id) => !drop.includes(id));
    s.set(KEY, JSON.stringify([...new Set([...ids, ...add])]));
  };
  const made = (id: string) => {
    if (addOn()) remember([id], []);
    return id;
  };
  return {
    list: () => {
      const all = project.list();
      if (!addOn()) return all;
      const mine = new Set(parseList(store().get(KEY)));
      return all.filter((t) => mine.has(t.id));
    },
    remove: (ids) => {
      project.remove(ids);
      if (ids.length && addOn()) remember([], ids);
    },
    onEdit: (handler, spreadsheetId) => made(project.onEdit(handler, spreadsheetId)),
    daily: (handler, hour, timeZone) => made(project.daily(handler, hour, timeZone)),
    monthly: (handler, day, hour, timeZone) => made(project.monthly(handler, day, hour, timeZone)),
    once: (handler, afterMs) => made(project.once(handler, afterMs)),
  };
}
