/**
 * Configuration for hosting the guide. The defaults reproduce the public site;
 * an organisation changes only what it needs. Every option is documented in
 * src/config/schema.ts and in the README ("Host it for your organisation").
 * The build stops with a message naming this file and the field if a value is
 * wrong. SITE_BASE and SITE_URL in the environment override `base` and `site`.
 *
 * Example for an intranet:
 *
 *   export default defineGuideConfig({
 *     organisation: 'Example Corp',
 *     title: 'Project careers at Example Corp',
 *     logo: { light: './branding/logo.svg', dark: './branding/logo-dark.svg', alt: 'Example Corp' },
 *     accent: '#0b5cab',
 *     base: '/careers/',
 *     site: 'https://intranet.example.com',
 *     footerNote: 'Questions? Ask the PMO on #pmo-help.',
 *     editLink: 'https://git.example.com/pmo/careers-guide/edit/main/',
 *     hide: ['templates'],
 *     orgPages: { label: 'At Example Corp' },
 *   });
 */
import { defineGuideConfig } from './src/config/schema.ts';

export default defineGuideConfig({});
