// Marks the "On this page" link of the section being read, and names it in the narrow screens' summary. Fetched
// by enhance.ts on the first scroll, so it costs nothing before interaction.

/** Marks the "On this page" link of the section being read: the last heading above a line near the top. */
export function markCurrentSection(box: HTMLElement): void {
  const links = [...box.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
  const shown = box.querySelector('[data-toc-current]');
  let frame = 0;
  const update = () => {
    frame = 0;
    const line = innerHeight / 4 + 60;
    let at = -1;
    targets.forEach((t, i) => {
      if (t && t.getBoundingClientRect().top < line) at = i;
    });
    links.forEach((a, i) => {
      if (i === at) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
    if (shown) shown.textContent = links[at]?.textContent ?? '';
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}
