import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './src/main/csp';

/** Writes the Content-Security-Policy into index.html: strict when built, relaxed only for hot reload. */
function contentSecurityPolicy(): Plugin {
  let policy = CONTENT_SECURITY_POLICY;
  return {
    name: 'content-security-policy',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_CONTENT_SECURITY_POLICY;
    },
    transformIndexHtml: (html) => html.replace('%CONTENT_SECURITY_POLICY%', policy),
  };
}

export default defineConfig({
  main: {},
  preload: {
    // A sandboxed preload can only require Electron's own modules: bundle everything, as CommonJS.
    build: {
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    plugins: [react(), contentSecurityPolicy()],
  },
});
