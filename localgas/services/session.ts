// Session, Utilities and Logger: the small global helpers the script uses.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { formatJavaDate } from '../javaDate';
import type { FakeService, ServiceContext } from '../service';
import { readZip } from '../zip';
import { makeBlob } from './drive';

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** A string (UTF-8) or a Byte[] of signed bytes, as Apps Script's Utilities take them. */
function bytesOf(v: unknown): Buffer {
  if (Array.isArray(v)) return Buffer.from(v.map((b) => Number(b) & 0xff));
  return Buffer.from(String(v), 'utf8');
}

export class SessionFake implements FakeService {
  readonly name = 'session';
  constructor(private readonly ctx: ServiceContext) {}

  globals(): Record<string, unknown> {
    const c = this.ctx;
    const hit = (m: string) => c.meter.hit(m);
    const counted = <T>(m: string, f: () => T): T => {
      hit(m);
      return f();
    };
    const user = (m: string) => ({ getEmail: () => counted(`User.${m}`, () => c.session.email) });
    const logLine = (...a: unknown[]) => c.log.push(a.map(String).join(' '));
    return {
      Session: {
        getActiveUser: () => counted('Session.getActiveUser', () => user('getEmail')),
        getEffectiveUser: () => counted('Session.getEffectiveUser', () => user('getEmail')),
        getActiveUserLocale: () => counted('Session.getActiveUserLocale', () => c.session.locale),
        getScriptTimeZone: () => counted('Session.getScriptTimeZone', () => c.session.timeZone),
        getTemporaryActiveUserKey: () =>
          counted('Session.getTemporaryActiveUserKey', () => 'emulator-user-key'),
      },
      Utilities: {
        DigestAlgorithm: Object.fromEntries(Object.keys(DIGESTS).map((k) => [k, k])),
        Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
        formatDate: (date: Date, tz: string, pattern: string) => {
          hit('Utilities.formatDate');
          return formatJavaDate(date, tz, pattern);
        },
        getUuid: () => counted('Utilities.getUuid', () => randomUUID()),
        computeDigest: (algo: string, value: string) => {
          hit('Utilities.computeDigest');
          const alg = DIGESTS[algo];
          if (!alg) throw new Error(`Invalid argument: algorithm`);
          // Apps Script returns Byte[]: signed bytes, -128..127.
          return [...createHash(alg).update(value, 'utf8').digest()].map((b) => (b > 127 ? b - 256 : b));
        },
        // R/utilities/utilities#computeHmacSha256Signature(String,String): "Signs the provided value using
        // HMAC-SHA256 with the given key"; returns Byte[] (signed bytes, as computeDigest). Strings are UTF-8.
        computeHmacSha256Signature: (value: unknown, key: unknown) => {
          hit('Utilities.computeHmacSha256Signature');
          if (value === undefined || key === undefined) throw new Error('Invalid argument: key');
          return [...createHmac('sha256', bytesOf(key)).update(bytesOf(value)).digest()].map((b) =>
            b > 127 ? b - 256 : b,
          );
        },
        sleep: (ms: number) => {
          hit('Utilities.sleep');
          if (ms > 300000) throw new Error('Invalid argument: milliseconds (at most 300000)');
          c.clock.advance(ms);
        },
        base64Encode: (s: string) =>
          counted('Utilities.base64Encode', () => Buffer.from(s, 'utf8').toString('base64')),
        base64Decode: (s: string) =>
          counted('Utilities.base64Decode', () =>
            [...Buffer.from(s, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
          ),
        // developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte[],String,String):
        // bytes (signed, as Apps Script gives them) or a string, an optional content type and name.
        newBlob: (data: number[] | string, contentType?: string, name?: string) => {
          hit('Utilities.newBlob');
          const bytes =
            typeof data === 'string' ? Buffer.from(data, 'utf8') : Uint8Array.from(data, (b) => b & 0xff);
          return makeBlob(bytes, contentType ?? '', name ?? '', hit);
        },
        // .../utilities#unzip(BlobSource): the files of a zip, each a Blob named by its path in the
        // archive («word/document.xml»); a blob that is not a zip is refused.
        unzip: (blob: { getBytes(): number[] }) => {
          hit('Utilities.unzip');
          let entries: ReturnType<typeof readZip>;
          try {
            entries = readZip(Buffer.from(Uint8Array.from(blob.getBytes(), (b) => b & 0xff)));
          } catch {
            throw new Error('Invalid argument: blob (not a zip file)');
          }
          return entries.map((e) => makeBlob(new Uint8Array(e.data), '', e.name, hit));
        },
        formatString: (f: string, ...a: unknown[]) => {
          hit('Utilities.formatString');
          let i = 0;
          return f.replace(/%[sd]/g, () => String(a[i++]));
        },
      },
      Logger: {
        log: (...a: unknown[]) => {
          logLine(...a);
          return undefined;
        },
      },
    };
  }
}
