// planbook access, as a person runs it: a separate process, one line per check, exit 1 when any fails;
// --deny-scope (repeatable) plays a person who unticked a scope; --host/--install share an add-on's state.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../localgas/paths';
import { tempDir } from '../helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/planbook.cjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('planbook access', () => {
  it('passes on a full grant; a denied scope is named and the exit code is 1', () => {
    const ws = tempDir();
    expect(run('setup', '--workspace', ws, '--today', '2026-09-01').status).toBe(0);
    expect(run('sync', '--workspace', ws, '--today', '2026-09-01').status).toBe(0);
    const ok = run('access', '--workspace', ws, '--today', '2026-09-01');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('✓')),
    ).toHaveLength(6);
    const denied = run(
      'access',
      '--workspace',
      ws,
      '--deny-scope',
      'script.send_mail',
      '--deny-scope',
      'documents',
    );
    expect(denied.status).toBe(1);
    expect(denied.stdout).toMatch(/^✗ Почта: не работает — Google не разрешил planbook отправлять письма/m);
    expect(denied.stdout).toMatch(
      /^✗ Отчёты: не работает — Google не разрешил planbook создавать и менять документы/m,
    );
    expect(denied.stdout).toMatch(/Не пройдено проверок: 2\./);
  }, 300_000);

  it('--host is a choice', { timeout: 120_000 }, () => {
    const ws = tempDir();
    expect(run('setup', '--workspace', ws).status).toBe(0);
    const r = run('status', '--workspace', ws, '--host', 'addon');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bound, editor-addon, workspace-addon/);
  });
});
