// The emulator's clock: tests and the CLI (--today) set it; the bundle's `new Date()` reads it.

export class Clock {
  private offset = 0;
  private fixed: number | null = null;

  now(): number {
    return this.fixed ?? Date.now() + this.offset;
  }

  /** Sets the time; the clock stands still until advanced (runs are repeatable). */
  set(ms: number): void {
    this.fixed = ms;
  }

  advance(ms: number): void {
    if (this.fixed === null) this.offset += ms;
    else this.fixed += ms;
  }

  /** A Date class for the script's context whose `new Date()` and `Date.now()` read this clock. */
  dateClass(): DateConstructor {
    const clock = this;
    const Real = Date;
    function FakeDate(this: unknown, ...args: unknown[]) {
      if (!new.target) return new Real(clock.now()).toString();
      if (args.length === 0) return new Real(clock.now());
      return new (Real as unknown as new (...a: unknown[]) => Date)(...args);
    }
    FakeDate.prototype = Real.prototype;
    FakeDate.now = () => clock.now();
    FakeDate.parse = Real.parse;
    FakeDate.UTC = Real.UTC;
    return FakeDate as unknown as DateConstructor;
  }
}

/** Parses --today YYYY-MM-DD[THH:MM] as wall time in the zone (default: 09:00 in Europe/Moscow). */
export function instantOf(today: string, timeZone = 'Europe/Moscow'): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(today.trim());
  if (!m) throw new Error(`Дата должна быть в виде ГГГГ-ММ-ДД, получено «${today}»`);
  const [y, mo, d, h = '9', mi = '0'] = m.slice(1).map((x) => x ?? undefined) as string[];
  const guess = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi);
  if (Number.isNaN(guess) || new Date(guess).getUTCDate() !== +d!)
    throw new Error(`Нет такой даты: «${today}»`);
  return guess - zoneOffsetMs(guess, timeZone);
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Wall date and time of an instant in a zone: 'YYYY-MM-DDTHH:MM:SS'. */
export function wallOfInstant(instant: number, timeZone: string): string {
  return new Date(Math.floor(instant / 1000) * 1000 + zoneOffsetMs(instant, timeZone))
    .toISOString()
    .slice(0, 19);
}
