// The signed token of a «Отметить результат» link: which row (its key, never its number), for whom, until
// when. HMAC-SHA256 over those three with the plan's secret (the adapter computes it with
// Utilities.computeHmacSha256Signature); the token is `payload.signature`, both base64url, so it fits in a
// URL as is. Pure: the HMAC function is passed in.
import type { Day } from './types';

export interface AnswerClaim {
  /** The plan row's key (domain/keys.ts). */
  key: string;
  /** The responsible the link was mailed for (lower case). */
  person: string;
  /** Last day the link works. */
  expires: Day;
}

/** HMAC-SHA256 of value with key: 32 bytes, signed or not. */
export type Hmac = (value: string, key: string) => number[];

export type TokenCheck =
  | { ok: true; claim: AnswerClaim }
  | { ok: false; reason: 'malformed' | 'signature' }
  | { ok: false; reason: 'expired'; expires: Day };

const VERSION = 'a1';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64url without padding of bytes 0..255 (negative bytes are taken mod 256). */
export function base64Url(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]! & 0xff;
    const b = i + 1 < bytes.length ? bytes[i + 1]! & 0xff : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! & 0xff : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    if (i + 1 < bytes.length) out += B64[(n >> 6) & 63]!;
    if (i + 2 < bytes.length) out += B64[n & 63]!;
  }
  return out;
}

/**
 * The bytes of a base64url text, or null when it is not one. Only the canonical spelling is accepted:
 * the unused low bits of the last character must be zero, or one token would have four spellings.
 */
export function fromBase64Url(text: string): number[] | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = decode(text);
  return base64Url(bytes) === text ? bytes : null;
}

function decode(text: string): number[] {
  const out: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of text) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function payloadOf(c: AnswerClaim): string {
  // encodeURIComponent keeps the payload ASCII whatever the address, and escapes '|', so splitting on
  // '|' is unambiguous (keys and days never hold one).
  return [VERSION, c.key, encodeURIComponent(c.person.toLowerCase()), c.expires.replace(/-/g, '')].join('|');
}

function sameBytes(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i]! ^ b[i]!) & 0xff;
  return diff === 0;
}

export function signToken(claim: AnswerClaim, secret: string, hmac: Hmac): string {
  const payload = payloadOf(claim);
  return `${base64Url(ascii(payload))}.${base64Url(hmac(payload, secret))}`;
}

/** Checks a token's form, its signature (in constant time) and its expiry against today. */
export function readToken(token: string, secret: string, hmac: Hmac, today: Day): TokenCheck {
  const parts = String(token ?? '')
    .trim()
    .split('.');
  if (parts.length !== 2 || parts[0]!.length > 400) return { ok: false, reason: 'malformed' };
  const bytes = fromBase64Url(parts[0]!);
  const sig = fromBase64Url(parts[1]!);
  if (!bytes || !sig || bytes.some((b) => b > 126 || b < 32)) return { ok: false, reason: 'malformed' };
  const payload = String.fromCharCode(...bytes);
  const f = payload.split('|');
  if (f.length !== 4 || f[0] !== VERSION || !/^\d{8}$/.test(f[3]!)) return { ok: false, reason: 'malformed' };
  if (!sameBytes(sig, hmac(payload, secret))) return { ok: false, reason: 'signature' };
  let person: string;
  try {
    person = decodeURIComponent(f[2]!);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const d = f[3]!;
  const expires = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (expires < today) return { ok: false, reason: 'expired', expires };
  return { ok: true, claim: { key: f[1]!, person, expires } };
}
