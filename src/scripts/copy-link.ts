// The one copy-link button of a page, fetched by enhance.ts on the first hover or focus of an anchored item. It
// moves beside the link icon of the item under the pointer or focus, so every item gets it without a button each.

let button: HTMLButtonElement | undefined;
let status: HTMLElement | undefined;
let timer = 0;

/** The permalink of the item an event happened in, if any. */
function linkFor(target: EventTarget | null): Element | null {
  if (!(target instanceof Element) || target.closest('.copy-link')) return null;
  return target.closest('a.anchor-link') ?? target.closest('.anchored')?.querySelector('a.anchor-link') ?? null;
}

function place(link: Element | null): void {
  if (!button || !link || link.nextElementSibling === button) return;
  button.dataset['href'] = link.getAttribute('href') ?? '';
  button.setAttribute('aria-label', (link.getAttribute('aria-label') ?? 'Link').replace(/^Link/, 'Copy link'));
  link.after(button);
}

function say(text: string, ok: boolean): void {
  if (!button || !status) return;
  status.textContent = text;
  button.toggleAttribute('data-copied', ok);
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (status) status.textContent = '';
    button?.removeAttribute('data-copied');
  }, 2000);
}

function copy(): void {
  const url = new URL(button?.dataset['href'] ?? '', location.href).href;
  let done: Promise<void>;
  try {
    done = navigator.clipboard.writeText(url);
  } catch (error) {
    // Some browsers throw at once (no permission, insecure context) instead of rejecting.
    done = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  done.then(
    () => say('Link copied', true),
    () => say('Copy failed: use the link icon instead', false),
  );
}

/** Creates the button and the status line once, places the button for the event that loaded this module. */
export function startCopyLinks(first: Event): void {
  if (button) return;
  button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.addEventListener('click', copy);
  status = document.createElement('p');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  document.body.append(status);
  place(linkFor(first.target));
  for (const type of ['pointerover', 'focusin']) addEventListener(type, (e) => place(linkFor(e.target)), true);
}
