-- Audit events are evidence: once written, nobody changes or removes them, the application included.

create trigger audit_event_append_only
    before update, delete on audit_event
    for each row call 'care.alliance.audit.AppendOnlyTrigger';

-- H2 has no truncate triggers, but it will not truncate or drop a table that another references.
create table audit_event_guard (
    audit_event_id bigint references audit_event (id)
);
