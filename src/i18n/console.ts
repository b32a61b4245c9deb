/** Texts the console chat shows itself. */
import { str, type Catalog } from './catalog.ts';

/** Console texts by code. */
export const consoleMessages = {
  CONSOLE_GREETING: {
    nl: (p) => `Gremium-chat als ${str(p, 'name')}. Stel een vraag of typ /gremium help. Stoppen: Ctrl-D.`,
    en: (p) => `Gremium chat as ${str(p, 'name')}. Ask a question or type /gremium help. Quit: Ctrl-D.`,
  },
} satisfies Catalog;
