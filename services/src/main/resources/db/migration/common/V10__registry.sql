-- The collaborative-care registry: a schedule the team paused, and what the registry's page query
-- reads per client. Written for both H2 and PostgreSQL.

-- Paused by the team (e.g. while the client is in hospital): nothing is due until they set it again.
alter table measure_schedule add column paused boolean default false not null;

-- Baseline and latest per client and instrument, read from the index alone, newest or oldest first.
create index measure_result_episode on measure_result (client_id, instrument, completed_on, recorded_at, id, total);

-- The caller's teams today, found from their staff row; each team's start of care.
create index care_team_member_by_team_and_period on care_team_member (care_team_id, starts_on, ends_on, staff_member_id);

-- The last closed flag of each client on the page, and its time open.
create index safety_flag_closed_by_client on safety_flag (client_id, closed_at, raised_at);
