/** The HTML shell of a frame page: a root element and its bundle. Styles live in the bundles. */
export function framePage(opts: { title: string; script: string; lang?: string }): string {
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
</head>
<body>
<div id="root"></div>
<script src="${opts.script}"></script>
</body>
</html>`;
}
