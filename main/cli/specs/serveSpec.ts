import { LANGUAGES } from '../../../shared/model/settings';
import { defineCommand, expectArguments, oneOf, text, wholeNumber } from '../commandSpec';

export const serveSpec = defineCommand({
  name: 'serve',
  usage: '[--port N] [--lang en|zh]',
  summary: 'Serve the app to a browser on 127.0.0.1.',
  details: `Serves the built app (run "npm run build" first) and its API on 127.0.0.1 only, until
interrupted. The first line printed is the address to open; it carries this run's secret token,
which the browser exchanges for a cookie of this server's own, so the address bar keeps no token.`,
  options: [
    {
      name: 'port',
      value: { placeholder: 'N', what: 'a port number' },
      description: 'The port to listen on, from 0 to 65535 (default 0: any free port).',
    },
    {
      name: 'lang',
      value: { placeholder: 'L', what: 'a language' },
      description: `The UI language: ${LANGUAGES.join(' or ')} (default: from LANG).`,
    },
  ],
  examples: ['yuedu serve', 'yuedu serve --port 8080 --lang zh'],
  parse: (args) => {
    expectArguments('serve', args.positionals, { min: 0, max: 0, what: 'no arguments' });
    const port = text(args, 'port');
    const lang = text(args, 'lang');
    return {
      command: 'serve' as const,
      port: port === undefined ? 0 : wholeNumber('serve', 'port', port, { min: 0, max: 65535 }),
      lang: lang === undefined ? undefined : oneOf('serve', 'lang', lang, LANGUAGES),
    };
  },
});
