// Loaded by /search/ only. The panel code is fetched as its own chunk so the page's first script stays small.
void import('./page.ts');
