#!/usr/bin/env bash
# Builds the example organisation's site into dist-org/, exactly as an
# organisation would: its overlay folder (tests/fixtures/org-site: config,
# pages, branding, grades, certification policy) named by GUIDE_ORG_DIR. The
# guide's own tree is not touched.
source "$(dirname "$0")/lib/env.sh"
GUIDE_ORG_DIR=tests/fixtures/org-site SITE_OUT_DIR=./dist-org astro build
