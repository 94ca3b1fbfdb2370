import DatelineUI
