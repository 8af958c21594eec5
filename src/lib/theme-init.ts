/**
 * Runs inline in <head> before first paint so a stored theme choice never flashes the wrong colours, and marks the
 * page as scripted (html.js) so the theme control is laid out from the first paint instead of appearing later and
 * shifting the header. Kept as a string so astro.config.mjs can hash it for the Content-Security-Policy.
 */
export const THEME_INIT_SCRIPT =
  "var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";
