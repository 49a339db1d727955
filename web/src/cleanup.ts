/** Disposers of the current view (charts, graphs, listeners), run when the reader navigates away. */
const pending: (() => void)[] = [];

/** Registers something to dispose when the view changes. */
export function onCleanup(fn: () => void): void {
  pending.push(fn);
}

/** Runs and forgets every registered disposer. */
export function runCleanup(): void {
  for (const fn of pending.splice(0)) {
    try { fn(); } catch { /* a disposer failing must not block navigation */ }
  }
}
