// planbook as localgas sees it: the names people read in the emulator's messages, and the workspace's
// state folder (.planbook, so existing workspaces keep working). localgas itself knows no product.
import type { ProductOptions } from '../localgas/product';
import type { Runtime } from '../localgas/runtime';
import { PROP_KEY } from '../src/domain/calendarPlan';

export const PLANBOOK: ProductOptions = {
  name: 'planbook',
  setupCommand: 'planbook setup',
  stateDir: '.planbook',
};

/** The plan row an event stands for: its private key (PROP_KEY) without the plan's 6-character tag. */
export function rowKeyOf(privateProps: Record<string, string> | undefined): string | null {
  const key = privateProps?.[PROP_KEY];
  return key ? key.slice(6) : null;
}

/** The runtime's status, each event with the plan row it stands for (rowKey) instead of its private properties. */
export function planStatus(rt: Runtime): Record<string, unknown> {
  const out = rt.status();
  const events = (out['events'] ?? []) as { privateProps?: Record<string, string>; status?: string }[];
  out['events'] = events.map(({ privateProps, status, ...rest }) => ({
    ...rest,
    rowKey: rowKeyOf(privateProps),
    status,
  }));
  return out;
}
