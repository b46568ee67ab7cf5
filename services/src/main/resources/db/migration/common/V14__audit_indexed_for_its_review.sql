-- The privacy officer's review of the audit reads it newest first, filtered by action, outcome,
-- person or client and a span of days, a page at a time. Each filter has an index that yields its
-- events already in time order, so a page is read from the index's end without sorting the table.
-- Person and client have theirs since V1: audit_event_by_actor and audit_event_by_client.
create index audit_event_by_time on audit_event (occurred_at, id);
create index audit_event_by_action on audit_event (action, occurred_at);
create index audit_event_by_outcome on audit_event (outcome, occurred_at);
