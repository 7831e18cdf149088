-- The city dashboard's indexes for the SQLite trial hub (../0002_dashboard.sql explains
-- them). hub_number and hub_moment are functions hub/sqlite.py registers on every
-- connection, not stored in the file.

CREATE INDEX event_visits_daily ON event (payload->>'day', center_id, payload->>'purpose', created_at DESC, seq DESC)
    WHERE kind = 'visits.daily';
CREATE INDEX event_rooms_daily ON event (payload->>'day', center_id, coalesce(payload->>'room_id', payload->>'room'),
                                         created_at DESC, seq DESC)
    WHERE kind = 'rooms.daily';
CREATE INDEX event_activity_window ON event (substr(payload->>'starts_at', 1, 10))
    WHERE kind = 'activities.activity';
CREATE INDEX event_volunteer_window ON event (substr(payload->>'starts_at', 1, 10))
    WHERE kind = 'activities.volunteer';
CREATE INDEX event_request_accepted ON event (substr(payload->>'accepted_at', 1, 10))
    WHERE kind = 'services.request';
CREATE INDEX event_request_resolved ON event (substr(payload->>'resolved_at', 1, 10))
    WHERE kind = 'services.request';
