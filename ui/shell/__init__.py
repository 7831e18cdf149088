"""The program shell: main window, status bar, sign-in, lock screen and idle lock."""
