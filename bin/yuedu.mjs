#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx yuedu` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/main.ts');
