"""Screens of the rooms and activities: rooms, bookings and their grids, and the activities
page (sign-ups, the waiting list, the door, volunteer hours and evidence)."""
