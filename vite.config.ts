import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// CI asks for a JSON report so that it can print the "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  plugins: [react()],
  css: {
    // GOV.UK Frontend still carries old IE hacks that lightningcss rejects.
    lightningcss: { errorRecovery: true },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
