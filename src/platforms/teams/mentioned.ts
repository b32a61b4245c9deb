/**
 * Who a Teams @mention points to, in the id Gremium links Teams users by. A mention entity carries
 * the user's MRI (`29:...`) and display name; Microsoft's examples give no Entra object id, which is
 * what an account is keyed on (parse.ts externalIdOf). The roster (TeamsInfo.getMember) gives it, so
 * that "@Sanne Bakker" reaches the person linked to Sanne's account and `koppel @Kuipers` links the
 * account Kuipers will write from.
 */
import { TeamsInfo, type Activity, type TurnContext } from 'botbuilder';

interface Mentioned {
  readonly id?: string;
  readonly name?: string;
  readonly aadObjectId?: string;
}

/**
 * The activity with each user mention that lacks an Entra object id given the roster's; the bot's
 * own mention and a user the roster does not know (or a roster that cannot be read) stay as they
 * are: the conversation then goes by the display name. One roster lookup per mentioned user.
 */
export async function withMentionedObjectIds(context: TurnContext, logError: (message: string, error: unknown) => void): Promise<Partial<Activity>> {
  const activity = context.activity;
  const entities = activity.entities ?? [];
  const missing = new Set<string>();
  for (const entity of entities) {
    const mentioned = (entity as { mentioned?: Mentioned }).mentioned;
    if (entity.type === 'mention' && mentioned?.id && !mentioned.aadObjectId && mentioned.id !== activity.recipient?.id) missing.add(mentioned.id);
  }
  if (missing.size === 0) return activity;
  const found = new Map<string, string>();
  await Promise.all(
    [...missing].map(async (id) => {
      try {
        const member = await TeamsInfo.getMember(context, id);
        if (member.aadObjectId) found.set(id, member.aadObjectId);
      } catch (error) {
        // Not in this roster (a personal chat has none of the others), or the connector is down.
        logError('teams roster lookup of a mention failed', error);
      }
    }),
  );
  return {
    ...activity,
    entities: entities.map((entity) => {
      const mentioned = (entity as { mentioned?: Mentioned }).mentioned;
      const objectId = entity.type === 'mention' && mentioned?.id ? found.get(mentioned.id) : undefined;
      return objectId ? { ...entity, mentioned: { ...mentioned, aadObjectId: objectId } } : entity;
    }),
  };
}
