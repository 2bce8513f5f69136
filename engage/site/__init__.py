"""The public face of the service: home, legal pages, contact, and the area's site settings."""
