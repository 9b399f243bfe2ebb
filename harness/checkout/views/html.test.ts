import { describe, expect, it } from 'vitest';
import { html, jsonScript, raw } from './html.ts';

describe('html', () => {
  it('escapes values, keeps Html, joins arrays and drops null, undefined and false', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>',
    );
    expect(html`<ul>${['a', 'b'].map((i) => html`<li>${i}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(html`${null}${undefined}${false}${0}${raw('<br>')}`.value).toBe('0<br>');
  });

  it('jsonScript cannot be closed by its data', () => {
    const block = jsonScript('checkout-config', { email: '</script><script>alert(1)</script>\u2028' }).value;
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    const json = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ email: '</script><script>alert(1)</script>\u2028' });
  });
});
