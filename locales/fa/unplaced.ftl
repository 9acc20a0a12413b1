# Free text at the menu that fits no entry: asked once, then passed to a coach (flows/menu.py).

menu-unplaced =
    این را متوجه نشدم. منظورتان یکی از دکمه‌هاست؟ لطفاً آن را انتخاب کنید.
    یا سؤالتان را دوباره بنویسید. آن وقت آن را به یک مشاور می‌دهم.

# The same where there are no buttons (terminal chat): choose by number.
menu-unplaced-number =
    این را متوجه نشدم. لطفاً شماره یک انتخاب را بنویسید.
    یا سؤالتان را دوباره بنویسید. آن وقت آن را به یک مشاور می‌دهم.
