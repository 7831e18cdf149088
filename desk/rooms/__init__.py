"""Rooms and their bookings: rooms, closures, single and repeating bookings, approval,
check-in and no-shows, the day and week grids, and usage figures.

Services (handed out by ``desk.context.open_desk``): ``RoomService`` (rooms.py),
``BookingService`` (bookings.py), ``ApprovalService`` (approval.py), ``ClosureService``
(closures.py), ``CheckInService`` (checkin.py), ``UpstreamImport`` (upstream.py),
``RoomGrid`` (grid.py) and ``UsageService`` (usage.py). The rules live in policy.py, the
time arithmetic in intervals.py, repeat rules in repeats.py, the one-query conflict check
in conflicts.py.
"""
