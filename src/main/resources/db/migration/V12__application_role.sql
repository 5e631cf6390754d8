-- The application signs in as its own role, which owns nothing (ADR 0022). Migrations run as the
-- owner of the tables; ${application_role} is the application's database user. When a server is
-- given only one user (the owner), there is nothing to grant and the audit is not protected.
do $$
declare
    app text := '${application_role}';
begin
    if app = current_user then
        raise notice 'The application signs in as the owner (%): no separate application role to grant to', app;
        return;
    end if;

    -- Every table: read and write rows. No TRUNCATE, REFERENCES or TRIGGER; and as the role owns
    -- no table it cannot ALTER or DROP one, disable a trigger or change an owner.
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage on all sequences in schema public to %I', app);

    -- The audit trail: add and read only, so not even a fault in the application can rewrite it.
    execute format('revoke update, delete, truncate on audit_event from %I', app);

    -- Flyway's own history is for the owner only.
    execute format('revoke all on %I from %I', '${flyway:table}', app);

    -- Tables and sequences that later migrations create (as the owner) get the same rights. A
    -- later append-only table must revoke update and delete as above.
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I', app);
    execute format('alter default privileges in schema public grant usage on sequences to %I', app);
end
$$;
