"""Stage 1-2: inputs to located text, tables and raw records."""
