/**
 * Texts only Slack's surfaces show (App Home, the form chooser): headings and notes about where a
 * reply went. The forms' own texts are in forms.ts.
 */
import { str, type Catalog } from './catalog.ts';

/** The surface messages. */
export const slackMessages = {
  SLACK_HOME_TITLE: { nl: (p) => `Gremium voor ${str(p, 'name')}`, en: (p) => `Gremium for ${str(p, 'name')}` },
  SLACK_HOME_SEATS: { nl: () => 'Mijn zetels', en: () => 'My seats' },
  SLACK_HOME_NO_SEATS: { nl: () => 'U heeft vandaag geen zetels.', en: () => 'You hold no seats today.' },
  SLACK_HOME_POLLS: { nl: () => 'Peilingen die op mijn stem wachten', en: () => 'Polls waiting for my vote' },
  SLACK_HOME_NO_POLLS: { nl: () => 'Er wacht geen peiling op uw stem.', en: () => 'No poll is waiting for your vote.' },
  SLACK_HOME_DUTIES: { nl: () => 'Mijn deadlines (te late eerst)', en: () => 'My deadlines (overdue first)' },
  SLACK_HOME_NO_DUTIES: { nl: () => 'Geen openstaande deadlines.', en: () => 'No open deadlines.' },
  SLACK_HOME_SEAT_LINE: {
    nl: (p) => `*${str(p, 'committee')}*: ${str(p, 'role')} namens ${str(p, 'organisation')}`,
    en: (p) => `*${str(p, 'committee')}*: ${str(p, 'role')} for ${str(p, 'organisation')}`,
  },
  SLACK_HOME_POLL_LINE: {
    nl: (p) => `*${str(p, 'committee')}*: ${str(p, 'question')} (sluit ${str(p, 'closes')})`,
    en: (p) => `*${str(p, 'committee')}*: ${str(p, 'question')} (closes ${str(p, 'closes')})`,
  },
  SLACK_HOME_DUTY_LINE: { nl: (p) => `*${str(p, 'committee')}*: ${str(p, 'duty')}, uiterlijk ${str(p, 'due')}`, en: (p) => `*${str(p, 'committee')}*: ${str(p, 'duty')}, due ${str(p, 'due')}` },
  /** A user of another workspace or organisation (Slack Connect), or one Slack reports as a stranger. */
  SLACK_OTHER_WORKSPACE: {
    nl: () => 'Gremium werkt alleen voor leden van de Slack-werkruimte waarin het is geïnstalleerd. Uw account hoort bij een andere werkruimte of organisatie; er is niets gedaan.',
    en: () => 'Gremium only works for members of the Slack workspace it is installed in. Your account belongs to another workspace or organisation; nothing was done.',
  },
  /** A multi- or single-channel guest, while SLACK_ALLOW_GUESTS is not set. */
  SLACK_GUEST: {
    nl: () => 'Gremium werkt niet voor gasten van deze Slack-werkruimte; er is niets gedaan. Vraag de beheerder als u een volledig account nodig hebt.',
    en: () => 'Gremium does not work for guests of this Slack workspace; nothing was done. Ask the administrator if you need a full account.',
  },
  /** Slack would not describe the user (deleted, unknown, or its API failing): nobody is assumed. */
  SLACK_PROFILE_UNAVAILABLE: {
    nl: () => 'Slack geeft nu geen gegevens over uw account, dus Gremium weet niet wie u bent; er is niets gedaan. Probeer het straks opnieuw.',
    en: () => 'Slack gives no details of your account right now, so Gremium cannot tell who you are; nothing was done. Please try again shortly.',
  },
  SLACK_HOME_NOT_LINKED: {
    nl: () => 'Ik weet nog niet wie u bent. Gremium koppelt uw account via het e-mailadres dat Slack van u heeft bevestigd; staat dat niet in het register, vraag dan de beheerder.',
    en: () => "I don't know who you are yet. Gremium links your account through the e-mail address Slack confirmed for you; if that is not in the registry, ask the administrator.",
  },
  SLACK_DUTY_AGENDA: { nl: () => 'agenda', en: () => 'agenda' },
  SLACK_DUTY_PAPERS: { nl: () => 'vergaderstukken', en: () => 'meeting papers' },
  SLACK_DUTY_MINUTES: { nl: () => 'verslag', en: () => 'minutes' },
  SLACK_DUTY_DECISION_LIST: { nl: () => 'besluitenlijst', en: () => 'decision list' },
  SLACK_DUTY_REACTIONS: { nl: () => 'reacties', en: () => 'reactions' },
  SLACK_HOME_FORMS: { nl: () => 'Formulieren', en: () => 'Forms' },
  SLACK_FORMS_TITLE: { nl: () => 'Gremium', en: () => 'Gremium' },
  SLACK_FORMS_INTRO: {
    nl: () => 'Kies een formulier, of typ `/gremium help` voor alle vragen en opdrachten.',
    en: () => 'Choose a form, or type `/gremium help` for every question and command.',
  },
  /** A reply meant for a committee's channel, while the committee has no Slack channel yet. */
  SLACK_NO_COMMITTEE_CHANNEL: {
    nl: () => 'Dit gremium heeft nog geen Slack-kanaal; de secretaris kiest er een met /gremium kanaal <gremium>. Het bericht:',
    en: () => 'This committee has no Slack channel yet; the secretary picks one with /gremium channel <committee>. The message:',
  },
  /** A message for a person without a linked Slack account. */
  SLACK_PERSON_NOT_ON_SLACK: {
    nl: (p) => `${str(p, 'person')} heeft geen gekoppeld Slack-account; het bericht is niet bezorgd.`,
    en: (p) => `${str(p, 'person')} has no linked Slack account; the message was not delivered.`,
  },
} satisfies Catalog;
