import { definePageChecks } from './page-checks.ts';

definePageChecks({ distDir: 'dist', base: '/', tag: 'page' });
