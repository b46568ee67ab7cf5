-- The clinic's record number of each client (unique; clients recorded before have none until the
-- clinic gives them one), and why a member was released from a care team.

alter table client add column record_number varchar(30);
alter table client add constraint client_record_number_unique unique (record_number);

-- Registration looks for a likely duplicate by date of birth and name.
create index client_by_birth_and_name on client (date_of_birth, family_name, given_name);

alter table care_team_member add column release_reason varchar(200);
