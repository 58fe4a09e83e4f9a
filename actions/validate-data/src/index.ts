import { keepYoungGenerationSmall } from '@cairn/data';
import { run } from './main.ts';

keepYoungGenerationSmall();
await run();
