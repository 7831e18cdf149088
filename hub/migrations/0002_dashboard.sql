-- The city dashboard (hub/dashboard_queries.py): indexes for "the newest fact about each
-- thing in a month", and two readers of payload fields. Applied once by hub/db.py.
--
-- Facts are immutable; a correction is a newer event about the same thing (the same day
-- and purpose, the same booking, request, activity or volunteer line). The dashboard
-- finds the things with an event in the month (the *window* indexes), then the newest
-- event of each (the *subject* indexes, ordered created_at DESC, seq DESC). All partial:
-- only events of that kind are in each index, so other kinds pay nothing on insert.
-- Moments in payloads are compared by their UTC date prefix (left(..., 10)), which does
-- not depend on how the desk wrote the time ("2026-11-20 08:00:00" or "...T08:00:00+00:00").

-- A number in a payload, or NULL when the field holds anything else.
CREATE FUNCTION hub_number(value jsonb) RETURNS numeric
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'number' THEN (value #>> '{}')::numeric END $$;

-- A moment in a payload ("2026-11-20 08:00:00", "2026-11-20T08:00:00+08:00"), or NULL when
-- the text is not one. Ingest parks events whose moments do not have this shape
-- (hub/ingest.py), so the cast cannot fail; text without an offset is UTC (the desk
-- stores UTC), which needs the session time zone UTC (the dashboard sets it).
CREATE FUNCTION hub_moment(value text) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN value ~ '^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d{1,6})?)?(Z|[+-]\d\d(:?\d\d)?)?$'
                      THEN value::timestamptz END $$;

-- visits.daily and rooms.daily: the window is the day itself, so one index serves both.
CREATE INDEX event_visits_daily ON event ((payload->>'day'), center_id, (payload->>'purpose'),
                                          created_at DESC, seq DESC)
    WHERE kind = 'visits.daily';
CREATE INDEX event_rooms_daily ON event ((payload->>'day'), center_id,
                                         (coalesce(payload->>'room_id', payload->>'room')),
                                         created_at DESC, seq DESC)
    WHERE kind = 'rooms.daily';

-- Activities, by start.
CREATE INDEX event_activity_window ON event ((left(payload->>'starts_at', 10)))
    WHERE kind = 'activities.activity';
CREATE INDEX event_activity_subject ON event (center_id, (payload->>'id'), created_at DESC, seq DESC)
    WHERE kind = 'activities.activity';

-- Attendance, per activity.
CREATE INDEX event_attendance_subject ON event (center_id, (payload->>'activity_id'), (payload->>'signup_id'),
                                                created_at DESC, seq DESC)
    WHERE kind = 'activities.attendance';

-- Volunteer service lines, by the activity's start.
CREATE INDEX event_volunteer_window ON event ((left(payload->>'starts_at', 10)))
    WHERE kind = 'activities.volunteer';
CREATE INDEX event_volunteer_subject ON event (center_id, (payload->>'id'), created_at DESC, seq DESC)
    WHERE kind = 'activities.volunteer';

-- Service requests, by acceptance and by resolution.
CREATE INDEX event_request_accepted ON event ((left(payload->>'accepted_at', 10)))
    WHERE kind = 'services.request';
CREATE INDEX event_request_resolved ON event ((left(payload->>'resolved_at', 10)))
    WHERE kind = 'services.request';
CREATE INDEX event_request_subject ON event (center_id, (payload->>'request_id'), created_at DESC, seq DESC)
    WHERE kind = 'services.request';

