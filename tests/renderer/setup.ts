import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default, which a busy machine can exceed; the test's own
// timeout is the bound instead.
configure({ asyncUtilTimeout: 30_000 });

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  document.getSelection()?.removeAllRanges();
  window.location.hash = '';
});
