declare module 'virtual:guide-config' {
  const config: import('./config/schema.ts').GuideConfig;
  export default config;
}
