/** Set by vite.config.ts (`define`): package.json's version, e.g. '0.1.0'. */
declare const __APP_VERSION__: string;

/** The URL of the built-in data, prepared at build time (vite.config.ts, plugin `atlas:data`). */
declare module 'virtual:atlas-data' {
  const url: string;
  export default url;
}
