"""Silent voting from participants' own phones over the local network (no Qt, no database)."""
