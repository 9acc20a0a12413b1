# Lotse – Deutsch (Quelle). Der Ort eines Termins auf der Karte, im Terminal-Chat (Telegram und WhatsApp zeigen eine Stecknadel).
# $address: die Adresse (oder der Name des Orts), $link: ein Link zu OpenStreetMap.

location-pin = 📍 { $address } — { $link }
