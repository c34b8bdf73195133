// The emulator's person finds planbook's sheets and Plan columns by their Russian or English names,
// as planbook itself does (src/domain/columns.ts), so the demo and the CLI work in either language.

import type { SpreadsheetService } from '../localgas/services/spreadsheet';
import { PLAN_COLUMNS, type PlanColumnId, SHEETS, type SheetId } from '../src/domain/columns';
import { normalizeHeading } from '../src/domain/plan';

/** The name the workbook uses for a planbook sheet; the Russian one when neither exists yet. */
export function sheetNameOf(svc: SpreadsheetService, id: SheetId): string {
  const names = svc.sheetNames();
  const { ru, en } = SHEETS[id];
  return names.includes(ru) ? ru : names.includes(en) ? en : ru;
}

/** 1-based column of a Plan column in a header row (found by its Russian or English heading); 0 if absent. */
export function planColumnOf(header: unknown[], id: PlanColumnId): number {
  const def = PLAN_COLUMNS.find((c) => c.id === id)!;
  const want = [normalizeHeading(def.ru), normalizeHeading(def.en)];
  return header.findIndex((h) => want.includes(normalizeHeading(h))) + 1;
}
