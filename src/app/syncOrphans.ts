// Rows that lost their keys (the key column deleted, then set up again) find their events again by content.
import { type ListedEvent, parseEventId } from '../domain/calendarPlan';
import { rowSignature } from '../domain/rowIdentity';
import type { PlanSnapshot } from './plan';

/**
 * Rows whose key nobody named (the key column was deleted, then set up again) take the key of an
 * orphaned event set — events of no row in the sheet — that carries the same signature. So a lost key
 * column costs no event and no reminder sent again (reminders are recorded by key).
 */
export function adoptOrphanKeys(snap: PlanSnapshot, events: ListedEvent[], tag: string): void {
  const fresh = snap.items.filter((it) => it.freshKey);
  if (fresh.length === 0) return;
  const inSheet = new Set<string>(snap.items.map((it) => it.row.key));
  for (const v of snap.values.slice(1)) inSheet.add(String(v[snap.map.key] ?? '').trim());
  // The events carry "<content>.<title>.<rest>" signatures (rowSignature): the whole content first, then
  // the title, then the rest — a row edited since its last sync is still found by the part not edited.
  const orphans: { key: string; parts: string[] }[] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const p = parseEventId(tag, e.id);
    if (!p || e.status === 'cancelled' || inSheet.has(p.key) || !e.sig || seen.has(p.key)) continue;
    seen.add(p.key);
    orphans.push({ key: p.key, parts: e.sig.split('.') });
  }
  for (const part of [0, 1, 2]) {
    for (const it of fresh) {
      if (!it.freshKey) continue;
      const s = rowSignature(it.row);
      const want = [s.sig, s.title, s.rest][part]!;
      const i = orphans.findIndex((o) => o.parts[part] === want);
      if (i < 0) continue;
      it.row.key = orphans[i]!.key;
      delete it.freshKey;
      orphans.splice(i, 1);
    }
  }
}
