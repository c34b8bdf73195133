// The four faces of an operation (app/operations.ts), from which main.ts makes its entry points:
//   api     — the CLI, dialogs (google.script.run) and tests: plain data back, a readable error;
//   menu    — a menu item: the operation's message in an alert;
//   card    — an add-on card button: the message as a notification and the refreshed card;
//   trigger — a trigger target: errors go to Apps Script's execution log as they are (editTrigger: the
//             on-edit one, which takes the edited sheet from its event).

import { type AppContext, openContext, withOpenedContext } from '../app/context';
import type { Host, Operation, Said } from '../app/operations';
import { perform } from '../app/operations';
import type { EditedRange, Ports } from '../app/ports';
import { editedSheet } from '../gas/editEvent';
import { planLock } from '../gas/lock';
import { gasPorts } from '../gas/ports';
import { PlanSpreadsheet } from '../gas/sheets';
import type { ActionResponse, AddonEvent } from './addon';
import { cardAction } from './addon';
import { errorMessage, runFromMenu } from './alerts';

/** The script bound to (or the add-on opened in) the active spreadsheet. */
export const ACTIVE: Host = { lock: planLock, open: () => gasPorts() };

export function api<A extends unknown[], R>(o: Operation<A, R>): (...args: A) => R {
  return (...args) => {
    try {
      return perform(o, ACTIVE, args);
    } catch (e) {
      throw new Error(errorMessage(e));
    }
  };
}

export function trigger<A extends unknown[], R>(o: Operation<A, R>): (...args: A) => R {
  return (...args) => perform(o, ACTIVE, args);
}

/** The on-edit trigger: the sheet the event names is the one the ports use (no second lookup). */
export function editTrigger<R>(o: Operation<[EditedRange | null], R>): (e?: unknown) => R {
  return (e) => {
    const edited = editedSheet(e);
    const open = () => gasPorts(PlanSpreadsheet.active().knowing(edited?.sheet, edited?.range.sheetName));
    return perform(o, { lock: planLock, open }, [edited?.range ?? null]);
  };
}

export function menu<R>(o: Said<[], R>): () => void {
  return () => runFromMenu(() => o.message(perform(o, ACTIVE, [])));
}

/**
 * A menu item that first asks the person: the operation's arguments, or null (cancelled: nothing runs).
 * The question and the operation share one opening of the spreadsheet and its settings.
 */
export function menuAsking<A extends unknown[], R>(
  o: Said<A, R>,
  ask: (ctx: AppContext) => A | null,
): () => void {
  return () =>
    runFromMenu(() => {
      const ports = ACTIVE.open();
      const ctx = openContext(ports);
      const args = ask(ctx);
      if (args === null) return null;
      return o.message(perform(o, { lock: ACTIVE.lock, open: () => withOpenedContext(ports, ctx) }, args));
    });
}

/** A card button: the operation on the spreadsheet the add-on event names. */
export function card<R>(o: Said<[], R>): (e?: AddonEvent) => ActionResponse {
  return (e) =>
    cardAction(e, (ports: Ports) => o.message(perform(o, { lock: planLock, open: () => ports }, [])));
}
