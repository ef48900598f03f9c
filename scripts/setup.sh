#!/usr/bin/env bash
# One command for a fresh Debian/Ubuntu machine with Node 20: installs what framelens needs (Debian's
# Jupyter and Chromium when missing, npm packages from the lockfile), registers the project's tslab
# kernel, builds, and runs `npm run analyze` on the seeds. `--no-analyze` stops after installing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
/usr/bin/python3 -c "import jupyter_client, nbclient, nbconvert, nbformat, notebook" 2>/dev/null \
  || need+=(jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
npm run -s build
node -e "require('./scripts/notebook-env').jupyterEnv(); console.log('tslab kernel registered in .jupyter/')"

if [ "${1:-}" != "--no-analyze" ]; then
  npm run -s analyze
fi
