-- Audit events are evidence: once written, nobody changes or removes them, the application included.

create trigger audit_event_append_only
    before update, delete on audit_event
    for each row call 'care.alliance.audit.AppendOnlyTrigger';
