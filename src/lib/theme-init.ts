/**
 * Runs inline in <head> before first paint so a stored theme choice never flashes the wrong colours.
 * Kept as a string so astro.config.mjs can hash it for the Content-Security-Policy.
 */
export const THEME_INIT_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
