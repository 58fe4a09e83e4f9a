#!/usr/bin/env node
import { keepYoungGenerationSmall } from '@cairn/data';
import { main } from './main.ts';

// drift and validate read whole files: keep the process small (packages/data/src/heap.ts).
keepYoungGenerationSmall();
process.exitCode = await main(process.argv.slice(2));
