"""English rules for claimdiff, as inert data: one module per concern."""
