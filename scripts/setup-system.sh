#!/usr/bin/env bash
# What `npm test` needs besides Node, on Debian or Ubuntu: the one list, used by `npm run setup:system`
# and by CI (.ci/run).
#   chromium                 the dialogs' browser tests (playwright-core drives /usr/bin/chromium);
#   libreoffice-writer-nogui the report test converts the report's .docx to PDF;
#   libreoffice-calc-nogui   the demo test opens plan.xlsx the way a person would.
# Already installed packages are skipped; nothing is installed when all are there.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
for pkg in libreoffice-writer-nogui libreoffice-calc-nogui; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -eq 0 ]; then
  echo "setup:system: всё нужное для npm test уже установлено (chromium, LibreOffice Writer и Calc)."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:system: нет apt-get. Установите вручную: ${need[*]} (Chromium и LibreOffice Writer и Calc без GUI)." >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "setup:system: нужны права root. Выполните от root: apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi
echo "setup:system: ставлю ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
