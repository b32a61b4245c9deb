/**
 * Verify: who may talk to the bot. botbuilder's CloudAdapter checks every inbound JWT (issuer,
 * audience = our app id, signing key from the OpenID metadata, expiry, the `serviceurl` claim
 * against the activity). This file only builds its configuration and refuses unsafe ones.
 *
 * PLATFORM.md: botbuilder silently accepts every request when the app id is empty, so production
 * refuses to start without an app id and password (see {@link assertTeamsCanStart}).
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** Every Bot Framework endpoint botbuilder uses, for running against loopback fakes (tests, bench). */
export interface TeamsEndpoints {
  /** Where the channel's OpenID configuration is served (its `jwks_uri` lists the signing keys). */
  readonly openIdMetadataUrl: string;
  /** The emulator's OpenID configuration; point it at an empty key set so emulator tokens never pass. */
  readonly emulatorOpenIdMetadataUrl: string;
  /** The `iss` inbound tokens must carry (Microsoft's is https://api.botframework.com). */
  readonly tokenIssuer: string;
  /** The login URL and scope for outbound tokens (unused when a credentials provider is given). */
  readonly loginUrl: string;
  readonly oauthScope: string;
  readonly oauthUrl: string;
}

/** Signs outbound connector calls; tests and the benchmark hand in a fixed bearer token. */
export type OutboundToken = () => string;

/** How the Teams bot authenticates. */
export interface TeamsAuth {
  readonly appId: string;
  readonly appPassword: string;
  readonly tenantId: string;
  /** Loopback endpoints instead of Microsoft's (all of them are replaced together, PLATFORM.md). */
  readonly endpoints?: TeamsEndpoints;
  /** Outbound credentials without MSAL (required with `endpoints`: MSAL refuses http authorities). */
  readonly outboundToken?: OutboundToken;
}

/** Thrown when the bot must not start; the message says what to set, in Dutch and English. */
export class TeamsStartRefused extends Error {
  /** TEAMS_CREDENTIALS_MISSING: production without MICROSOFT_APP_ID or MICROSOFT_APP_PASSWORD. */
  readonly code = 'TEAMS_CREDENTIALS_MISSING';
}

/**
 * Refuses to start in production without credentials: botbuilder would otherwise turn
 * authentication off and accept anyone's activities as any user.
 */
export function assertTeamsCanStart(env: 'production' | 'development', auth: Pick<TeamsAuth, 'appId' | 'appPassword'>): void {
  if (env !== 'production') return;
  const missing = [auth.appId ? null : 'MICROSOFT_APP_ID', auth.appPassword ? null : 'MICROSOFT_APP_PASSWORD'].filter(Boolean);
  if (missing.length === 0) return;
  throw new TeamsStartRefused(
    `Gremium start de Teams-bot niet: ${missing.join(' en ')} ${missing.length > 1 ? 'ontbreken' : 'ontbreekt'}. Zonder app-id schakelt botbuilder de controle van Microsoft-tokens uit en zou iedereen zich als elke gebruiker kunnen voordoen. ` +
      `Zet de waarden uit de Azure Bot-registratie, of zet GREMIUM_ENV=development om lokaal zonder authenticatie te testen.\n` +
      `Gremium refuses to start the Teams bot: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. Without an app id botbuilder turns token checks off and anyone could act as any user. ` +
      `Set the values from the Azure Bot registration, or GREMIUM_ENV=development to try it locally without authentication.`,
  );
}

/** True when botbuilder will skip authentication (no app id): only ever allowed in development. */
export const authenticationIsOff = (auth: Pick<TeamsAuth, 'appId'>): boolean => auth.appId === '';

/** The parameterised endpoint settings: all seven, or none (PLATFORM.md: one switches them all). */
function endpointSettings(endpoints: TeamsEndpoints | undefined) {
  if (!endpoints) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: endpoints.emulatorOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: endpoints.tokenIssuer,
    ToChannelFromBotLoginUrl: endpoints.loginUrl,
    ToChannelFromBotOAuthScope: endpoints.oauthScope,
    OAuthUrl: endpoints.oauthUrl,
    CallerId: 'urn:botframework:azure',
    ValidateAuthority: false,
  };
}

type CredentialsFactory = NonNullable<ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]>;

/** Outbound credentials that put a fixed bearer token on each connector call (no MSAL, no network). */
function bearerCredentials(appId: string, token: OutboundToken): CredentialsFactory {
  const factory = {
    isValidAppId: async (id: string) => id === appId,
    isAuthenticationDisabled: async () => appId === '',
    createCredentials: async () => ({
      signRequest: async <R extends { headers: { set(name: string, value: string): void } }>(request: R) => {
        request.headers.set('Authorization', `Bearer ${token()}`);
        return request;
      },
    }),
  };
  return factory as unknown as CredentialsFactory;
}

/** The CloudAdapter with its authentication configured. */
export function createAdapter(auth: TeamsAuth): CloudAdapter {
  const settings = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppTenantId: auth.tenantId,
    MicrosoftAppType: auth.tenantId ? 'SingleTenant' : 'MultiTenant',
    ...endpointSettings(auth.endpoints),
  };
  const credentials = auth.outboundToken ? bearerCredentials(auth.appId, auth.outboundToken) : undefined;
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, credentials));
}
