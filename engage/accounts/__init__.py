"""Officer accounts: sign-in, roles, invitations and the admin pages that manage officers."""
