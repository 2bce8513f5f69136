"""The audit log: who did what, when, to which record. Every feature records its officer actions."""
