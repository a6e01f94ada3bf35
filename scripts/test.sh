#!/usr/bin/env bash
# Runs every test: unit tests, type check, production builds (root and a
# sub-path base, each with the internal link check), and the browser suite
# against the built sites. Usage: npm test
source "$(dirname "$0")/lib/env.sh"
source "$(dirname "$0")/lib/chromium.sh"
source "$(dirname "$0")/lib/nginx.sh"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

# --install-missing: let this command install Chromium and nginx with apt-get
# if they are missing (as CI=true does). Every other argument goes to Playwright.
args=()
for a in "$@"; do
  if [ "$a" = "--install-missing" ]; then export INSTALL_MISSING=1; else args+=("$a"); fi
done

step "Browser and web server for the tests (checked before anything is built)"
ensure_chromium
ensure_nginx
ensure_nginx_brotli_static
echo "Chromium: ${CHROMIUM_PATH:-the one Playwright installed}"
echo "nginx: $(command -v nginx)"

step "Lint and formatting (ESLint, Prettier: zero findings)"
eslint .
prettier --check .

step "Unit tests (src/lib)"
node --test --test-reporter=spec "tests/unit/**/*.test.ts"

step "Type check (astro check)"
astro check --minimumSeverity warning

step "Production build at / (the site pass checks every page: links, anchors, CSP, valid HTML, sources, parentheses, widths)"
astro build

step "Production build under the sub-path /careers/ (the same site pass)"
SITE_BASE=/careers/ SITE_OUT_DIR=./dist-base astro build

step "Build of an example organisation (overlay tests/fixtures/org-site: config, pages, branding, grades, certification policy, /intranet/pm/)"
bash scripts/build-org-fixture.sh

step "The same organisation with offline reading on (dist-org-offline-on/): the old worker its offline: false build must remove"
GUIDE_ORG_DIR=tests/fixtures/org-site GUIDE_CONFIG=tests/fixtures/org-site/offline-on.config.ts SITE_OUT_DIR=./dist-org-offline-on astro build

step "Its release archive (npm run package), to be unpacked and served by nginx under dist-release/srv/"
GUIDE_ORG_DIR=tests/fixtures/org-site node scripts/package.mjs --no-build --dist dist-org --out dist-release --root "$PWD/dist-release/srv/current"

step "Browser tests (Playwright; the hosting tests use nginx)"
playwright test ${args[@]+"${args[@]}"}
