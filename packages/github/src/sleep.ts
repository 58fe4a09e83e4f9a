/** A promise that resolves after `ms` milliseconds (retries and pacing). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
