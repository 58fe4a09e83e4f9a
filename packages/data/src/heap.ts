/**
 * Keeping a data-heavy process's memory down: V8 grows its young generation (the semi-spaces where
 * new objects start) from 1 MiB towards 16 MiB each while a program allocates quickly, and the grown
 * space stays resident. Readers and tests allocate many short-lived objects in bursts, so the young
 * generation alone added about 18 MiB to check-drift's peak on the flights months; with growth off
 * the peak fell from about 145 to 131 MiB with no measurable change in time (docs/adr/0010).
 *
 * V8 reads this flag whenever it decides whether to grow the young generation, so setting it at
 * run time works (Node documents setFlagsFromString as use-with-care; this flag only changes a
 * sizing policy). Call it once, first thing, in a process entry point: never from a library.
 */
import { setFlagsFromString } from 'node:v8';

export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
