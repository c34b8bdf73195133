// The signed link and the form's checks, without the bundle: every one-character change of a token is
// refused, the expiry holds, the fields are bounded, and text stays text.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { answerCells, asSheetText, parseAnswer } from '../../src/domain/answerForm';
import { answerPage, messagePage } from '../../src/domain/answerPage';
import { base64Url, fromBase64Url, readToken, signToken } from '../../src/domain/answerToken';

const hmac = (value: string, key: string) => [...createHmac('sha256', key).update(value, 'utf8').digest()];
const claim = { key: '0123456789', person: 'Ivanova@Example.org', expires: '2026-12-15' };

describe('answer token', () => {
  it('reads back what it signed, and only with the same secret', () => {
    const t = signToken(claim, 'secret-1', hmac);
    expect(readToken(t, 'secret-1', hmac, '2026-12-15')).toEqual({
      ok: true,
      claim: { ...claim, person: 'ivanova@example.org' },
    });
    expect(readToken(t, 'secret-2', hmac, '2026-10-01')).toEqual({ ok: false, reason: 'signature' });
    expect(readToken(t, 'secret-1', hmac, '2026-12-16')).toEqual({
      ok: false,
      reason: 'expired',
      expires: '2026-12-15',
    });
  });

  it('refuses every one-character change and every truncation', () => {
    const t = signToken(claim, 's', hmac);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < t.length; i++) {
      for (const ch of alphabet) {
        if (ch === t[i]) continue;
        const bad = t.slice(0, i) + ch + t.slice(i + 1);
        expect(readToken(bad, 's', hmac, '2026-10-01').ok, bad).toBe(false);
      }
      expect(readToken(t.slice(0, i), 's', hmac, '2026-10-01').ok).toBe(false);
    }
  });

  it('encodes base64url canonically', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 33]) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 73 + 11) % 256);
      expect(fromBase64Url(base64Url(bytes))).toEqual(bytes);
      expect(base64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }
    expect(fromBase64Url('AB')).toBeNull(); // 'B' sets an unused bit
  });
});

describe('answer form', () => {
  it('bounds the fields and checks the values', () => {
    const bad = parseAnswer({
      status: 'сделано?',
      results: 'x'.repeat(2001),
      participants: '-1',
      classes: 'y'.repeat(101),
      publication: 'javascript:alert(1)',
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      'classes:tooLong',
      'participants:badNumber',
      'publication:badLink',
      'results:tooLong',
      'status:badStatus',
    ]);
    const good = parseAnswer({
      status: 'проведено',
      results: ' Прошло\r\nхорошо\u0007 ',
      participants: '25',
      publication: 'https://vk.com/a https://ok.ru/b',
    });
    expect(good).toEqual({
      ok: true,
      values: {
        status: 'held',
        results: 'Прошло\nхорошо',
        participants: 25,
        publication: 'https://vk.com/a\nhttps://ok.ru/b',
      },
    });
  });

  it('keeps text as text: quoted unless the cell is plain text', () => {
    expect(asSheetText('=1+1', false)).toBe("'=1+1");
    expect(asSheetText('=1+1', true)).toBe('=1+1');
    expect(asSheetText('', false)).toBe('');
    expect(answerCells({ status: 'moved', results: '@all', classes: '5.10' }, 'ru', () => false)).toEqual({
      status: 'перенесено',
      results: "'@all",
      classes: "'5.10",
    });
  });

  it('escapes everything on the page', () => {
    const xss = '<img src=x onerror=alert(1)>"\'';
    const html = answerPage({
      lang: 'ru',
      action: 'https://script.google.com/macros/s/x/exec',
      token: xss,
      event: {
        title: xss,
        when: xss,
        place: xss,
        classes: xss,
        responsibles: xss,
        status: 'planned',
        statusText: xss,
        results: xss,
        participants: xss,
        publication: xss,
      },
      savedAt: xss,
      input: { results: xss },
    });
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/"'[^"]*"/);
    expect(messagePage('ru', xss, xss)).not.toContain('<img');
  });
});
