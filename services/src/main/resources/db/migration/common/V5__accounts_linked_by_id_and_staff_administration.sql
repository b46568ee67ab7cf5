-- People are linked to their Keycloak account by its stable id (the token's sub), which stays when
-- the account is renamed; the user name stays for display and is refreshed at each sign-in.
-- Rows recorded before this have no id yet: each is linked, by its user name, once, at that
-- person's first sign-in afterwards (care.alliance.access.SignIns), and by id only from then on.

alter table staff_member add column account_id varchar(36);
alter table staff_member add constraint staff_member_account_id_unique unique (account_id);

-- Clinic IT takes staff on and lets them go: their work email, and the day they were let go.
alter table staff_member add column email varchar(254);
alter table staff_member add column let_go_on date;

alter table client add column account_id varchar(36);
alter table client add constraint client_account_id_unique unique (account_id);

alter table psychotherapy_note add column author_account_id varchar(36);
create index psychotherapy_note_by_author_account on psychotherapy_note (client_id, author_account_id, written_at);

-- The audit trail is append-only: earlier events keep no account id (null), later ones all do.
alter table audit_event add column actor_account_id varchar(36);
create index audit_event_by_actor_account on audit_event (actor_account_id, occurred_at);
