-- Audit events are evidence: once written, nobody changes or removes them, the application included.

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function refuse_audit_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function refuse_audit_change();
