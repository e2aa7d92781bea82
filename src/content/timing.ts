/** performance.mark wrappers: the benchmark reads the extension's own timings from the page's timeline. */
export function markTime(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Marks are a measuring aid only.
  }
}

export function measureTime(name: string, start: string, end: string): void {
  try {
    performance.measure(name, start, end);
  } catch {
    // A missing mark (e.g. the page cleared them) must not break anything.
  }
}
