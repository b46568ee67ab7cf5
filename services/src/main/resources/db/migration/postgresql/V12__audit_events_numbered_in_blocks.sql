-- Audit events take their numbers from a sequence in blocks of fifty, so that the events of one
-- page view reach the database as one batch instead of one statement each.
create sequence audit_event_ids increment by 50;
select setval('audit_event_ids', (select coalesce(max(id), 0) + 100 from audit_event), false);
alter table audit_event alter column id drop identity;
alter table audit_event alter column id set default nextval('audit_event_ids');
