"""The intake's services: answers, short profile, local offers (catalogue, rules, import/export),
places with postcodes, the person's data export and the retention of inactive people."""
