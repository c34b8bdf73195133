// The reminder schedule, the record of what was sent, and the mail text, as pure functions.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/domain/html';
import { composeDigest } from '../../src/domain/reminderMail';
import {
  dueToday,
  planDigests,
  type ReminderRow,
  readRecord,
  recipientTag,
  recordEntries,
  shortHash,
} from '../../src/domain/reminders';

const rules = { leadDays: [7, 1], periodLeadDays: 5 };

function row(over: Partial<ReminderRow>): ReminderRow {
  return {
    key: 'abcdefghij',
    row: 5,
    number: '3',
    title: 'Гостиная',
    period: '15.10.2026',
    place: '',
    kind: 'date',
    occurrences: [{ start: '2026-10-15', end: '2026-10-15' }],
    status: 'planned',
    results: '',
    names: ['организатор'],
    recipients: ['org@example.org'],
    reachProblems: [],
    ...over,
  };
}

const kinds = (r: ReminderRow, day: string) => dueToday(r, day, rules).map((d) => `${d.kind}${d.lead ?? ''}`);

describe('dueToday', () => {
  it('dated rows: 7 and 1 days before; a missed day sends only the latest lead; nothing once it started', () => {
    const r = row({});
    expect(kinds(r, '2026-10-07')).toEqual([]);
    expect(kinds(r, '2026-10-08')).toEqual(['before7']);
    expect(kinds(r, '2026-10-11')).toEqual(['before7']); // catch-up (the record stops a repeat)
    expect(kinds(r, '2026-10-14')).toEqual(['before1']);
    expect(kinds(r, '2026-10-15')).toEqual(['before1']);
    expect(kinds(r, '2026-10-16')).toEqual(['nudge']);
    expect(kinds(r, '2026-10-23')).toEqual(['nudge']);
    expect(kinds(r, '2026-10-24')).toEqual([]);
  });

  it('held or cancelled rows get nothing; results recorded stop the nudge', () => {
    expect(kinds(row({ status: 'held' }), '2026-10-14')).toEqual([]);
    expect(kinds(row({ status: 'cancelled' }), '2026-10-14')).toEqual([]);
    expect(kinds(row({ results: 'Пришли 20 человек' }), '2026-10-16')).toEqual([]);
  });

  it('month rows ask for the date periodLeadDays before; whole-year rows get a monthly line', () => {
    const m = row({
      kind: 'month',
      period: 'октябрь',
      occurrences: [{ start: '2026-10-01', end: '2026-10-31' }],
    });
    expect(kinds(m, '2026-09-25')).toEqual([]);
    expect(kinds(m, '2026-09-26')).toEqual(['setDate']);
    expect(kinds(m, '2026-11-01')).toEqual(['nudge']);
    const y = row({
      kind: 'year',
      period: 'в течение года',
      occurrences: [{ start: '2026-09-01', end: '2027-05-31' }],
    });
    expect(kinds(y, '2026-11-01')).toEqual(['monthly']);
    expect(kinds(y, '2026-11-09')).toEqual([]);
    expect(kinds(y, '2027-06-01')).toEqual(['nudge']);
  });
});

describe('digests and the record', () => {
  it('one digest per person; what was sent is not proposed again; a person mailed today waits', () => {
    const a = row({});
    const b = row({
      key: 'bbbbbbbbbb',
      row: 6,
      title: 'Выставка',
      recipients: ['org@example.org', 'lib@example.org'],
    });
    const empty = { sent: new Map<string, Set<string>>(), mailedToday: new Set<string>() };
    const p = planDigests([a, b], '2026-10-08', rules, empty, { testMode: false, owner: '' });
    expect(p.digests.map((d) => [d.to, d.items.length])).toEqual([
      ['lib@example.org', 1],
      ['org@example.org', 2],
    ]);
    // record the org digest, read it back
    const org = p.digests.find((d) => d.to === 'org@example.org')!;
    const entries = recordEntries(
      org.tag,
      '2026-10-08',
      org.expires,
      org.items.map((i) => i.due.id),
    );
    const rec = readRecord(entries, '2026-10-08');
    const again = planDigests([a, b], '2026-10-08', rules, rec, { testMode: false, owner: '' });
    expect(again.digests.map((d) => d.to)).toEqual(['lib@example.org']);
    // the next day nothing is repeated for org (sent), and the record expires after the event
    const next = planDigests([a, b], '2026-10-09', rules, readRecord(entries, '2026-10-09'), {
      testMode: false,
      owner: '',
    });
    expect(next.digests.map((d) => d.to)).toEqual(['lib@example.org']);
    expect(readRecord(entries, '2026-10-16').expired.length).toBe(1);
  });

  it('long records are split under the 9 KB value limit and read back whole', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `k${i}.b7.261015`);
    const entries = recordEntries(recipientTag('a@b.ru', false), '2026-10-08', '2026-10-15', ids);
    expect(Object.keys(entries).length).toBeGreaterThan(1);
    for (const v of Object.values(entries)) expect(v.length).toBeLessThan(9 * 1024);
    const rec = readRecord(entries, '2026-10-08');
    expect(rec.sent.get(recipientTag('a@b.ru', false))!.size).toBe(new Set(ids.map(shortHash)).size);
  });

  /** The one mail of 8 October 2026 about a row (its event a week later). */
  const mailOn8October = (r: ReturnType<typeof row>) =>
    composeDigest(
      planDigests(
        [r],
        '2026-10-08',
        rules,
        { sent: new Map(), mailedToday: new Set() },
        { testMode: false, owner: '' },
      ).digests[0]!,
      { lang: 'ru', today: '2026-10-08', schoolName: '' },
      { row: () => 'https://x/#a&b', calendar: () => 'https://c/', sheet: 'https://x/' },
    );

  it('escapes everything from the sheet in the HTML', () => {
    expect(escapeHtml(`<b a="1">'&'</b>`)).toBe('&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
    const m = mailOn8October(row({ title: '<img src=x onerror=alert(1)>', place: '<i>зал</i>' }));
    expect(m.htmlBody).not.toMatch(/<img|<i>/);
    expect(m.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(m.body).toContain('<img src=x onerror=alert(1)>');
    expect(m.subject).toBe('Напоминание: «<img src=x onerror=alert(1)>» — через неделю');
  });

  it("nests a title's own quotes inside the mail's: «конкурс „Голоса“»", () => {
    const m = mailOn8October(row({ title: 'Участие в конкурсе «Голоса земли Рамешковской»' }));
    expect(m.subject).toBe('Напоминание: «Участие в конкурсе „Голоса земли Рамешковской“» — через неделю');
    expect(m.body).toContain('• «Участие в конкурсе „Голоса земли Рамешковской“» — через неделю');
  });
});
