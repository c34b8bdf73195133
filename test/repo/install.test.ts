// A fresh clone's `npm install` and `npm test` as a newcomer meets them: the Node engine the
// dependencies need, a lock that npm install leaves as it is, one list of system packages, no warning.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../localgas/paths';

const json = (file: string) => JSON.parse(readFileSync(join(REPO_ROOT, file), 'utf8'));
const pkg = json('package.json');
const lock = json('package-lock.json');

describe('installing planbook', () => {
  it("declares a Node engine that every locked dependency's own engine accepts", () => {
    const ours: string = pkg.engines.node;
    // The lowest version of each major our range allows (20.19.0, 22.12.0): each must satisfy all.
    const floors = ours.split('||').map((part) => semver.minVersion(part.trim())!.version);
    expect(floors.length).toBeGreaterThan(0);
    expect(semver.satisfies(process.version, ours), `this Node ${process.version}`).toBe(true);
    const refused: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages as Record<string, { engines?: unknown }>)) {
      const need = (entry.engines as { node?: string } | undefined)?.node;
      if (!path || typeof need !== 'string') continue;
      for (const v of floors) if (!semver.satisfies(v, need)) refused.push(`${path} wants ${need}, not ${v}`);
    }
    expect(refused).toEqual([]);
  });

  it('keeps the lock in step with package.json, so npm install changes nothing', () => {
    const root = lock.packages[''];
    for (const k of ['name', 'version', 'dependencies', 'devDependencies', 'engines', 'bin', 'license']) {
      expect(root[k], k).toEqual(pkg[k]);
    }
  });

  it('has one list of system packages, used by npm run setup:system and by CI', () => {
    expect(pkg.scripts['setup:system']).toBe('bash scripts/setup-system.sh');
    const ci = readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8');
    expect(ci).toContain('bash scripts/setup-system.sh');
    expect(ci).not.toMatch(/apt-get|libreoffice/);
    const script = readFileSync(join(REPO_ROOT, 'scripts/setup-system.sh'), 'utf8');
    for (const p of ['chromium', 'libreoffice-writer-nogui', 'libreoffice-calc-nogui'])
      expect(script).toContain(p);
    for (const readme of ['README.md', 'README.en.md']) {
      expect(readFileSync(join(REPO_ROOT, readme), 'utf8')).toContain('npm run setup:system');
    }
  });

  it('vitest starts without a warning', () => {
    const r = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'list', '--filesOnly', 'test/domain/schoolYear'],
      { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/warn|\(!\)/i);
  });
});
