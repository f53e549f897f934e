/** Lets the browser paint and handle input before more work runs, so long imports never freeze the window. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
