/** `detente token create | list | revoke`: API tokens for the HTTP API. */
import type { Command } from 'commander';
import { createToken, listTokens, revokeToken, ROLES } from '../../services/tokens.ts';
import type { TokenInfo } from '../../services/tokens.ts';
import type { Context } from '../context.ts';

const line = (t: TokenInfo) =>
  `${t.id}  ${t.role.padEnd(6)}  ${t.createdAt}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  ${t.name}`;

export function registerToken(program: Command, ctx: Context): void {
  const token = program
    .command('token')
    .description('API tokens: writes through the HTTP API need one; only a hash is stored');

  token
    .command('create')
    .description('create a token and print it, once')
    .requiredOption('--name <name>', 'who uses it: every change written with it is signed so')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')} (admins may also delete)`)
    .action(async (o: { name: string; role: string }) => {
      const created = await createToken(await ctx.store(), o, ctx.io.now());
      ctx.print(created, () =>
        [
          `created token ${created.id} for ${created.name} (role ${created.role})`,
          '',
          `  ${created.token}`,
          '',
          'This is the only time the token is shown: only a hash of it is stored.',
          'Send it as "Authorization: Bearer <token>".',
        ].join('\n'),
      );
    });

  token
    .command('list')
    .description('every token, revoked ones included (never the secrets)')
    .action(async () => {
      const tokens = await listTokens(await ctx.store());
      ctx.print({ tokens }, () =>
        tokens.length === 0 ? 'no tokens' : tokens.map(line).join('\n'),
      );
    });

  token
    .command('revoke')
    .description('revoke a token at once, by its id or its name')
    .argument('<id-or-name>', 'the token id, or the name of an active token')
    .action(async (idOrName: string) => {
      const revoked = await revokeToken(await ctx.store(), idOrName, ctx.io.now());
      ctx.print(revoked, () => `revoked ${line(revoked)}`);
    });
}
