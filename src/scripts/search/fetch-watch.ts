// Pagefind swallows a failed index chunk (404, 500, abort) and answers "no results", which would tell a reader the
// knowledge base has nothing on their question when search is in fact broken. Pagefind runs on the main thread
// here (noWorker), so its requests go through window.fetch: this counts the failed ones under its folder.

let failures = 0;
let installed = false;

/** Starts counting failed requests whose URL starts with `prefix` (absolute). Safe to call more than once. */
export function watchIndexFetches(prefix: string): void {
  if (installed) return;
  installed = true;
  const original = window.fetch.bind(window);
  const isIndex = (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return new URL(url, location.href).href.startsWith(prefix);
  };
  window.fetch = async (input, init) => {
    try {
      const response = await original(input, init);
      if (!response.ok && isIndex(input)) failures++;
      return response;
    } catch (error) {
      if (isIndex(input)) failures++;
      throw error;
    }
  };
}

/** Failed index requests so far; compare before and after a search. */
export function indexFailures(): number {
  return failures;
}
