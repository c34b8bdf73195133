// --fault for the CLI: the fault plan from the command line, to try a crash or a service error by hand.
//   --fault kill@K                 the execution is killed at its K-th service call (overall)
//   --fault Method#N=kill          killed at the N-th call of Method (e.g. Calendar.Events.insert#5=kill)
//   --fault Method#N=message       the N-th call of Method throws message
//   --fault Method#N=rate|quota|timeout   the real messages of localgas/meter.ts GAS_ERRORS
import { type FaultRule, GAS_ERRORS } from './meter';

const NAMED: Record<string, string> = {
  rate: GAS_ERRORS.calendarRate,
  quota: GAS_ERRORS.mailQuota,
  timeout: GAS_ERRORS.timeout,
};

export function parseFault(text: string): FaultRule {
  const kill = /^kill@(\d+)$/.exec(text.trim());
  if (kill) return { at: Number(kill[1]), kill: true };
  const m = /^([\w.]+)#(\d+)=(.+)$/.exec(text.trim());
  if (!m) {
    throw new Error(
      `Не понят --fault «${text}». Примеры: kill@12, Calendar.Events.insert#5=rate, MailApp.sendEmail#1=quota`,
    );
  }
  const [, method, nth, what] = m as unknown as [string, string, string, string];
  if (what === 'kill') return { method, nth: Number(nth), kill: true };
  return { method, nth: Number(nth), error: NAMED[what] ?? what };
}
