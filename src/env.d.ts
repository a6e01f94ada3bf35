declare module 'virtual:guide-config' {
  const config: import('./config/schema.ts').GuideConfig;
  export default config;
}

declare module 'virtual:guide-org' {
  const org: ReturnType<typeof import('../build/integrations/org-overlay.ts').orgModuleData>;
  export default org;
}
