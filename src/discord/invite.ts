import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';

/** Exactly what the bot needs in a channel to read a mention and answer it with embeds. */
const requiredPermissions = Object.freeze({
  ViewChannel: PermissionFlagsBits.ViewChannel,
  SendMessages: PermissionFlagsBits.SendMessages,
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
});

const inviteScopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands] as const;

export function permissionBits(): bigint {
  return Object.values(requiredPermissions).reduce((all, bit) => all | bit, 0n);
}

export function inviteUrl(clientId: string): string {
  const params = new URLSearchParams({
    client_id: clientId,
    scope: inviteScopes.join(' '),
    permissions: permissionBits().toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
