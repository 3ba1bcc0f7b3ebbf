// A minimal Docusaurus 3 site for test/e2e/docusaurus.mjs: docs only, with the future flags a new
// site from create-docusaurus has and what snipgen's pages need. The script writes docs/
// (gitignored) and builds the site.

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'snipgen e2e',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  // As create-docusaurus writes it. Among others it turns off markdown.mdx1Compat, so an HTML
  // comment (<!-- -->) in a page compiled as MDX is a build error.
  // Docusaurus Faster (which v4 turns on) is left out: @docusaurus/faster 3.10.2 resolves
  // @swc/html 1.16.22, published for linux-x64-gnu only, and its lock file then fails `npm ci`.
  // The MDX is compiled by the same loader either way.
  future: { v4: true, faster: false },
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: './sidebars.js' },
        blog: false,
        pages: false,
      },
    ],
  ],
  themeConfig: {
    prism: {
      // Every client's fence that prism-react-renderer does not bundle (ruby before crystal,
      // which extends it). The README shows this line; the e2e checks the two agree.
      additionalLanguages: ['bash', 'clojure', 'ruby', 'crystal', 'csharp', 'elixir', 'haskell', 'http', 'java', 'lua', 'ocaml', 'perl', 'php', 'powershell', 'r'],
    },
  },
};
