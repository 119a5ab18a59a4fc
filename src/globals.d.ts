/** Set by vite.config.ts (`define`): package.json's version, e.g. '0.1.0'. */
declare const __APP_VERSION__: string;
