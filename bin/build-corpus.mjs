#!/usr/bin/env node
// Builds generated/corpus.json from seeds/ (the npm `prepare` step), running the TypeScript build script through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/build-corpus.ts');
