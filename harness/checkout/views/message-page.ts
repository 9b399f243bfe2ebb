import { html, type Html } from './html.ts';

/** A page that only says something: not found, gone wrong, not allowed. */
export function messagePage({ heading, message, link }: { heading: string; message: string; link?: { href: string; text: string } }): Html {
  return html`<h1>${heading}</h1>
<p>${message}</p>
${link ? html`<p><a class="button" href="${link.href}">${link.text}</a></p>` : ''}`;
}
