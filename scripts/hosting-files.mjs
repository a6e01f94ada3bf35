#!/usr/bin/env node
// Rewrites the ready-made host files in hosting/ from build/hosting.ts, the one
// place the security headers and cache rules are written down.
import { writeFileSync } from 'node:fs';
import { HOST_FILES } from '../build/hosting.ts';

for (const [path, write] of Object.entries(HOST_FILES)) {
  writeFileSync(path, write());
  console.log(`wrote ${path}`);
}
