"""Demo data: the real strategy frameworks and officers to sign in as. Each feature adds its own."""
