// planbook access: «Проверка доступа» in the local workspace — every service tried as on a real account,
// one line per check; exit 1 when any check fails (e.g. with --deny-scope script.send_mail).
import { runScript } from './script';
import type { Command } from './types';

export const accessCmd: Command = {
  name: 'access',
  usage: 'planbook access',
  summary: 'проверка доступа: каждая служба Google пробуется, по строке на проверку',
  summaryEn: 'access check: each Google service is tried, one line per check',
  options: [],
  async run(_args, io, open) {
    const rt = await open();
    const r = await runScript(rt, 'checkAccess');
    io.out(r.message);
    return r.ok ? 0 : 1;
  },
};
