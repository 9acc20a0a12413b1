# Lotse (ps). The place of an appointment on the map, in the terminal chat (Telegram and WhatsApp show a pin).
# $address: the address (or the place's name), $link: an OpenStreetMap link. Keep the link as it is.

location-pin = 📍 { $address } — { $link }
