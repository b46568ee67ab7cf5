-- What the application's own account may do, when the migrations run as the schema's owner:
-- read and write the clinic's records, but only add and read audit events, and change no table.
-- Run again whenever the account changes; tables made by later migrations are covered by default.
do $$
declare
    application text := '${applicationAccount}';
begin
    if application <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), application);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), application);
        execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), application);
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
                       current_schema(), application);
        execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
                       current_schema(), application);
        execute format('revoke update, delete, truncate on audit_event from %I', application);
        execute format('revoke all on flyway_schema_history from %I', application);
        execute format('grant select on flyway_schema_history to %I', application);
    end if;
end $$;
